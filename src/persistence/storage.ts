/**
 * The browser storage as the stores use it: JSON values under keys, where a missing, unreadable or
 * unparsable value reads as undefined and a refused write (full, switched off) answers false. No store
 * ever throws because of the storage.
 */

/** The part of the Web Storage API the stores use (localStorage in the game, memory in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface JsonStorage {
  read(key: string): unknown;
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
}

export function jsonStorage(storage: KeyValueStorage): JsonStorage {
  return {
    read(key) {
      try {
        const text = storage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        storage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // nothing to remove, or the storage is switched off
      }
    },
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
