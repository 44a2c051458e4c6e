/**
 * The order in which the guide prints the beats: the start first, then breadth-first along where each beat
 * leads (its choices in their order, the time-up, its branches, `otherwise`, `next`), so a beat comes
 * soon after the first beat that sends the player there. Beats that cannot be reached that way (a file
 * that skipped the path check) follow in file order, so nothing is left out.
 */
import type { Beat, Scenario } from '../scenario/schema.ts';

/** Where a beat can lead, in reading order; ids may name beats or endings. */
export function successorsOf(beat: Beat): string[] {
  return [
    ...(beat.choices ?? []).map((choice) => choice.next),
    ...(beat.timeLimit ? [beat.timeLimit.next] : []),
    ...(beat.branches ?? []).map((branch) => branch.next),
    ...(beat.otherwise !== undefined ? [beat.otherwise] : []),
    ...(beat.next !== undefined ? [beat.next] : []),
  ];
}

export function startBeatOf(scenario: Scenario): string {
  return scenario.start ?? Object.keys(scenario.beats)[0] ?? '';
}

export interface BeatOrder {
  /** Every beat id once, in reading order. */
  order: string[];
  /** The beats not reachable from the start. */
  unreachable: Set<string>;
}

export function readingOrder(scenario: Scenario): BeatOrder {
  const seen = new Set<string>();
  const queue: string[] = [];
  const start = startBeatOf(scenario);
  if (start in scenario.beats) {
    seen.add(start);
    queue.push(start);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const next of successorsOf(scenario.beats[queue[i]!]!)) {
      if (next in scenario.beats && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const unreachable = new Set(Object.keys(scenario.beats).filter((id) => !seen.has(id)));
  return { order: [...queue, ...unreachable], unreachable };
}
