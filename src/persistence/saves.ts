/**
 * Keeps runs in progress in the browser's storage: one save per scenario (the session's event log), and
 * which scenario was being played, so a reload resumes it. The storage is injected (localStorage in the
 * game, a Map-backed fake in tests). What comes back from storage is checked before use: a corrupted or
 * foreign value is reported as missing, never trusted.
 */
import type { SaveData } from '../core/session/run.ts';

/** The part of the Web Storage API this module uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

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
  const attempt = (write: () => void): boolean => {
    try {
      write();
      return true;
    } catch {
      return false;
    }
  };
  return {
    write: (save) => attempt(() => storage.setItem(saveKey(save.scenarioId), JSON.stringify(save))),
    read(scenarioId) {
      try {
        const text = storage.getItem(saveKey(scenarioId));
        const value: unknown = text === null ? undefined : JSON.parse(text);
        return isSaveData(value) && value.scenarioId === scenarioId ? value : undefined;
      } catch {
        return undefined;
      }
    },
    remove: (scenarioId) => void attempt(() => storage.removeItem(saveKey(scenarioId))),
    current() {
      try {
        return storage.getItem(CURRENT_KEY) ?? undefined;
      } catch {
        return undefined;
      }
    },
    setCurrent: (scenarioId) =>
      void attempt(() => (scenarioId === undefined ? storage.removeItem(CURRENT_KEY) : storage.setItem(CURRENT_KEY, scenarioId))),
  };
}

/** A storage kept in memory: for tests, and for when the browser's storage cannot be reached. */
export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
