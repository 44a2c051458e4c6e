/**
 * Finished runs for self-study: when, which situation, the score and the class profile, plus the save
 * (event log) so a past debrief can be opened again, and the reflections written in it. Kept in the
 * browser's storage as one list; a corrupted list reads as empty, a corrupted entry is skipped. A run a
 * whole group played (projector mode) keeps the group's tallies with it, for its debrief and its export.
 */
import { isGroupTallies, type GroupTally } from '../core/session/groupTallies.ts';
import type { SaveData } from '../core/session/run.ts';
import { isSaveData } from './saves.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

export interface FinishedRun {
  /** Unique within this browser: the finishing time in ms and the scenario id. */
  id: string;
  finishedAt: string;
  scenarioId: string;
  title: string;
  score: number;
  classProfile: string;
  save: SaveData;
  /** Reflection prompt index → what the player wrote. */
  reflections: Record<string, string>;
  /** A "what if": the id of the run it branched from. */
  branchOf?: string;
  /** Set when a whole group played the run on the projector: the decisions the lecturer counted. */
  group?: { tallies: GroupTally[] };
}

const KEY = 'klasdeur:finished-runs';
/** Enough for a course; the oldest go first so storage does not fill up. */
export const MAX_FINISHED_RUNS = 100;

function isFinishedRun(value: unknown): value is FinishedRun {
  if (value === null || typeof value !== 'object') return false;
  const run = value as Record<string, unknown>;
  return (
    typeof run.id === 'string' &&
    typeof run.finishedAt === 'string' &&
    typeof run.scenarioId === 'string' &&
    typeof run.title === 'string' &&
    typeof run.score === 'number' &&
    typeof run.classProfile === 'string' &&
    isSaveData(run.save) &&
    run.reflections !== null &&
    typeof run.reflections === 'object' &&
    Object.values(run.reflections as object).every((text) => typeof text === 'string') &&
    (run.branchOf === undefined || typeof run.branchOf === 'string') &&
    (run.group === undefined || (run.group !== null && typeof run.group === 'object' && isGroupTallies((run.group as { tallies?: unknown }).tallies)))
  );
}

export interface FinishedRunStore {
  list(): FinishedRun[];
  get(id: string): FinishedRun | undefined;
  /** Adds a run at the front, or replaces it in place; false when the storage refused. */
  put(run: FinishedRun): boolean;
  clear(): void;
}

export function createFinishedRunStore(storage: KeyValueStorage): FinishedRunStore {
  const json = jsonStorage(storage);
  const list = (): FinishedRun[] => {
    const stored = json.read(KEY);
    return Array.isArray(stored) ? stored.filter(isFinishedRun) : [];
  };
  return {
    list,
    get: (id) => list().find((run) => run.id === id),
    put(run) {
      const existing = list();
      const runs = existing.some((other) => other.id === run.id)
        ? existing.map((other) => (other.id === run.id ? run : other))
        : [run, ...existing].slice(0, MAX_FINISHED_RUNS);
      return json.write(KEY, runs);
    },
    clear: () => json.remove(KEY),
  };
}
