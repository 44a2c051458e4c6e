/**
 * The group's choices laid over the lab's graph: from the dashboard's model of handed-in results
 * (core/dashboard/aggregate.ts), how many results took each choice or time-up (by the compiler's decision
 * key, as the edges carry it) and ended in each ending. Results made against another version of the
 * scenario (it was edited since) still count by key, and how many did is said, so a lecturer knows the
 * numbers may belong to text that has since changed. Pure.
 */
import type { DashboardModel } from '../dashboard/model.ts';

export interface GroupOverlay {
  /** Results for this scenario (any version). */
  results: number;
  /** Of those, made against another version than the one compiled now, or one the lab does not know. */
  otherVersion: number;
  /** Per decision key: how many results took it. */
  choices: Map<string, number>;
  /** Per ending id: how many results ended there. */
  endings: Map<string, number>;
}

export function overlayOf(model: DashboardModel, scenarioId: string): GroupOverlay {
  const overlay: GroupOverlay = { results: 0, otherVersion: 0, choices: new Map(), endings: new Map() };
  for (const summary of model.situations) {
    if (summary.scenarioId !== scenarioId) continue;
    overlay.results += summary.results;
    if (summary.version !== 'current') overlay.otherVersion += summary.results;
    for (const point of summary.decisionPoints) {
      for (const option of point.options) {
        if (option.count > 0) overlay.choices.set(option.key, (overlay.choices.get(option.key) ?? 0) + option.count);
      }
    }
    for (const ending of summary.endings) {
      if (ending.count > 0) overlay.endings.set(ending.id, (overlay.endings.get(ending.id) ?? 0) + ending.count);
    }
  }
  return overlay;
}
