/**
 * Keeps the scenario lab's work in the browser's storage: a list of lab scenarios (each an id, the YAML
 * text as typed, and when it was last changed), newest first, and the save of a lab scenario being played
 * (its event log), kept under the lab scenario's own id so a playtest never mixes with the saves of the
 * shipped situations, even when the text reuses a shipped id. What comes back from storage is checked
 * before use: a corrupted or foreign value reads as an empty list or a missing save, never as a crash.
 */
import type { SaveData } from '../core/session/run.ts';
import { isSaveData } from './saves.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

const LIST_KEY = 'klasdeur:lab:scenarios';
const saveKey = (labId: string) => `klasdeur:lab:save:${labId}`;
/** A lab id: `lab-` and letters and digits; nothing else is taken from storage as an id. */
const LAB_ID = /^lab-[a-z0-9-]{1,60}$/;
/** What one lab scenario may hold: the checker refuses more than 1 MB anyway. */
export const MAX_LAB_TEXT = 1024 * 1024;

export interface LabScenario {
  id: string;
  text: string;
  /** ISO time of the last change. */
  updated: string;
}

export interface LabScenarioStore {
  /** Newest first. */
  list(): LabScenario[];
  get(id: string): LabScenario | undefined;
  /** Adds or replaces by id; answers false when the storage refused it (full, or switched off). */
  put(scenario: LabScenario): boolean;
  remove(id: string): void;
  writeSave(labId: string, save: SaveData): boolean;
  readSave(labId: string): SaveData | undefined;
  removeSave(labId: string): void;
  /** Removes every lab scenario and its save ("clear my data"). */
  clear(): void;
}

export const isLabId = (value: unknown): value is string => typeof value === 'string' && LAB_ID.test(value);

function isLabScenario(value: unknown): value is LabScenario {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { id, text, updated } = value as Record<string, unknown>;
  return isLabId(id) && typeof text === 'string' && text.length <= MAX_LAB_TEXT && typeof updated === 'string' && !Number.isNaN(Date.parse(updated));
}

/** A new lab id, unique enough for one browser: the time and a random part. */
export function newLabId(now: Date = new Date(), random: () => number = Math.random): string {
  return `lab-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

export function createLabScenarioStore(storage: KeyValueStorage): LabScenarioStore {
  const json = jsonStorage(storage);
  const list = (): LabScenario[] => {
    const value = json.read(LIST_KEY);
    if (!Array.isArray(value)) return [];
    const seen = new Set<string>();
    return value
      .filter(isLabScenario)
      .filter((entry) => !seen.has(entry.id) && seen.add(entry.id))
      .sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated));
  };
  return {
    list,
    get: (id) => list().find((entry) => entry.id === id),
    put(scenario) {
      if (!isLabScenario(scenario)) return false;
      return json.write(LIST_KEY, [scenario, ...list().filter((entry) => entry.id !== scenario.id)]);
    },
    remove(id) {
      const kept = list().filter((entry) => entry.id !== id);
      if (kept.length === 0) json.remove(LIST_KEY);
      else json.write(LIST_KEY, kept);
      json.remove(saveKey(id));
    },
    writeSave: (labId, save) => isLabId(labId) && json.write(saveKey(labId), save),
    readSave(labId) {
      if (!isLabId(labId)) return undefined;
      const value = json.read(saveKey(labId));
      return isSaveData(value) ? value : undefined;
    },
    removeSave: (labId) => json.remove(saveKey(labId)),
    clear() {
      for (const entry of list()) json.remove(saveKey(entry.id));
      json.remove(LIST_KEY);
    },
  };
}
