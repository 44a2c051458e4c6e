/**
 * The projector run in progress: one at a time, apart from the player's own saves (a lecturer who plays a
 * situation with the group does not lose a lesson of their own in progress), kept after every decision
 * with the group's tallies so far, so a reload resumes it where the room was. What comes back from storage
 * is checked before use.
 */
import { isGroupTallies, type GroupTally } from '../core/session/groupTallies.ts';
import type { SaveData } from '../core/session/run.ts';
import { isSaveData } from './saves.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

const KEY = 'klasdeur:group-run';

export interface GroupRunSave {
  save: SaveData;
  tallies: GroupTally[];
}

export interface GroupRunStore {
  read(): GroupRunSave | undefined;
  /** False when the storage refused it (full, or switched off). */
  write(run: GroupRunSave): boolean;
  clear(): void;
}

export function createGroupRunStore(storage: KeyValueStorage): GroupRunStore {
  const json = jsonStorage(storage);
  return {
    read() {
      const value = json.read(KEY);
      if (value === null || typeof value !== 'object') return undefined;
      const { save, tallies } = value as Record<string, unknown>;
      return isSaveData(save) && isGroupTallies(tallies) ? { save, tallies } : undefined;
    },
    write: (run) => json.write(KEY, run),
    clear: () => json.remove(KEY),
  };
}
