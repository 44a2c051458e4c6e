/**
 * Keeps school years in the browser's storage: per year, the saves of its finished chapters (its
 * progress) and the save of the chapter being played, apart from the saves of single situations so a
 * chapter and the same situation played on its own never overwrite each other. What comes back is
 * checked before use; a damaged value reads as no progress.
 */
import type { SaveData } from '../core/session/run.ts';
import type { YearProgress } from '../core/year/yearRun.ts';
import { isSaveData } from './saves.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

const PREFIX = 'klasdeur:year:';
const progressKey = (yearId: string) => `${PREFIX}${yearId}`;
const chapterKey = (yearId: string) => `${PREFIX}${yearId}:chapter`;

export interface YearStore {
  read(yearId: string): YearProgress | undefined;
  /** Answers false when the storage refused it. */
  write(progress: YearProgress): boolean;
  /** The chapter in progress, if any. */
  readChapter(yearId: string): SaveData | undefined;
  writeChapter(yearId: string, save: SaveData): boolean;
  removeChapter(yearId: string): void;
  /** Forgets the year: its progress and its chapter in progress. */
  clear(yearId: string): void;
}

function isProgress(value: unknown, yearId: string): value is YearProgress {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { yearId: id, chapters } = value as Record<string, unknown>;
  return id === yearId && Array.isArray(chapters) && chapters.every(isSaveData);
}

export function createYearStore(storage: KeyValueStorage): YearStore {
  const json = jsonStorage(storage);
  return {
    read(yearId) {
      const value = json.read(progressKey(yearId));
      return isProgress(value, yearId) ? value : undefined;
    },
    write: (progress) => json.write(progressKey(progress.yearId), progress),
    readChapter(yearId) {
      const value = json.read(chapterKey(yearId));
      return isSaveData(value) ? value : undefined;
    },
    writeChapter: (yearId, save) => json.write(chapterKey(yearId), save),
    removeChapter: (yearId) => json.remove(chapterKey(yearId)),
    clear(yearId) {
      json.remove(progressKey(yearId));
      json.remove(chapterKey(yearId));
    },
  };
}
