/**
 * Keeps runs in progress in the browser's storage: one save per scenario (the session's event log), and
 * which scenario was being played, so a reload resumes it. The storage is injected (localStorage in the
 * game, a Map-backed fake in tests). What comes back from storage is checked before use: a corrupted or
 * foreign value is reported as missing, never trusted.
 */
import type { SaveData } from '../core/session/run.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

export { memoryStorage, type KeyValueStorage } from './storage.ts';

const PREFIX = 'klasdeur:';
const saveKey = (scenarioId: string) => `${PREFIX}save:${scenarioId}`;
const CURRENT_KEY = `${PREFIX}current`;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A structural check of a stored save (the player bundle carries no schema library). */
export function isSaveData(value: unknown): value is SaveData {
  if (!isRecord(value)) return false;
  const { format, compilerVersion, scenarioId, contentHash, options, events } = value;
  return (
    typeof format === 'number' &&
    typeof compilerVersion === 'number' &&
    typeof scenarioId === 'string' &&
    typeof contentHash === 'string' &&
    isRecord(options) &&
    isRecord(options.profile) &&
    typeof options.timePressure === 'boolean' &&
    Array.isArray(events) &&
    events.every((event) => isRecord(event) && typeof event.type === 'string')
  );
}

export interface SaveStore {
  /** Stores the run's save; answers false when the storage refused it (full, or switched off). */
  write(save: SaveData): boolean;
  read(scenarioId: string): SaveData | undefined;
  remove(scenarioId: string): void;
  /** The scenario being played when the page was left, if any. */
  current(): string | undefined;
  setCurrent(scenarioId: string | undefined): void;
}

export function createSaveStore(storage: KeyValueStorage): SaveStore {
  const json = jsonStorage(storage);
  return {
    write: (save) => json.write(saveKey(save.scenarioId), save),
    read(scenarioId) {
      const value = json.read(saveKey(scenarioId));
      return isSaveData(value) && value.scenarioId === scenarioId ? value : undefined;
    },
    remove: (scenarioId) => json.remove(saveKey(scenarioId)),
    current() {
      const value = json.read(CURRENT_KEY);
      return typeof value === 'string' ? value : undefined;
    },
    setCurrent: (scenarioId) => (scenarioId === undefined ? json.remove(CURRENT_KEY) : void json.write(CURRENT_KEY, scenarioId)),
  };
}
