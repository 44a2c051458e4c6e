/**
 * A school year in play: which chapters are done and what the next one starts from. The finished
 * chapters are kept as saves (their event logs, src/core/session/run.ts), so the year is rebuilt by
 * replaying them in order: chapter n+1 starts from chapter n's pupils, carried over (carry.ts). A
 * chapter whose scenario changed, or whose save no longer replays, ends the year's progress there: it
 * is played again from that chapter, and nothing after it is trusted. Pure.
 */
import type { PlayerProfile } from '../model/types.ts';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { PupilState, SchoolYear } from '../scenario/schema.ts';
import { isFinished, restoreRun, saveRun, type Run, type RunOptions, type SaveData } from '../session/run.ts';
import { carriedState } from './carry.ts';

/** What is stored of a year: the save of each finished chapter, in order. */
export interface YearProgress {
  yearId: string;
  chapters: SaveData[];
}

export interface YearState {
  year: SchoolYear;
  /** The finished chapters, replayed. */
  finished: Run[];
  /** The chapter to play next, or undefined when the year is done. */
  next?: { index: number; compiled: CompiledScenario; startingState?: Record<string, PupilState> };
  /** Saves that could not be used (a scenario changed since): the year goes on from the first of them. */
  dropped: number;
}

export function emptyProgress(year: SchoolYear): YearProgress {
  return { yearId: year.id, chapters: [] };
}

/** The compiled scenarios of a year's chapters, in order; undefined when one is missing. */
export function chaptersOf(year: SchoolYear, scenarios: readonly CompiledScenario[]): CompiledScenario[] | undefined {
  const byId = new Map(scenarios.map((compiled) => [compiled.scenario.id, compiled]));
  const found = year.chapters.map((chapter) => byId.get(chapter.scenario));
  return found.every((compiled): compiled is CompiledScenario => compiled !== undefined) ? found : undefined;
}

export function yearStateOf(year: SchoolYear, chapters: readonly CompiledScenario[], progress: YearProgress): YearState {
  const finished: Run[] = [];
  for (const [index, save] of progress.chapters.entries()) {
    const compiled = chapters[index];
    if (!compiled) break;
    const restored = restoreRun(compiled, save);
    if (!restored.ok || !isFinished(restored.run)) break;
    finished.push(restored.run);
  }
  const dropped = progress.chapters.length - finished.length;
  const index = finished.length;
  const compiled = chapters[index];
  const last = finished.at(-1);
  return {
    year,
    finished,
    dropped,
    ...(compiled ? { next: { index, compiled, ...(last ? { startingState: carriedState(last.snapshot.context.classroom) } : {}) } } : {}),
  };
}

/** The options to start the next chapter with: the player's own, plus the pupils carried over. */
export function nextChapterOptions(state: YearState, options: { profile: PlayerProfile; timePressure: boolean }): RunOptions | undefined {
  if (!state.next) return undefined;
  return { ...options, ...(state.next.startingState ? { startingState: state.next.startingState } : {}) };
}

/** The progress with one more finished chapter; saves that no longer replayed are left out. */
export function withFinishedChapter(state: YearState, run: Run): YearProgress {
  if (!isFinished(run)) throw new Error('only a finished chapter is added to a school year');
  if (run.compiled.scenario.id !== state.next?.compiled.scenario.id) throw new Error('only the next chapter is added to a school year');
  return { yearId: state.year.id, chapters: [...state.finished, run].map(saveRun) };
}
