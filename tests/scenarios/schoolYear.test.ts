/**
 * The shipped school year of 3A, played twice through all four chapters. The two years differ only in
 * September: one year builds the bond with Kobe (at each decision the option that brings him closest),
 * the other does not (the option that keeps him furthest). In autumn, winter and the first part of
 * spring both years take, at each decision, the option that changes Kobe's closeness and conflict least, so what
 * reaches the spring clash is what September built, carried through the year. The year that built the
 * bond meets the calm course of the clash, with less conflict right after it; the other meets the heated
 * one.
 */
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/cli/check.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import type { PlayerEvent } from '../../src/core/scenario/machine.ts';
import type { SchoolYear } from '../../src/core/scenario/schema.ts';
import { currentBeat, isFinished, possibleEvents, startRun, step, type Run } from '../../src/core/session/run.ts';
import { emptyProgress, nextChapterOptions, withFinishedChapter, yearStateOf } from '../../src/core/year/yearRun.ts';
import { shippedScenarios } from '../support/engineFixture.ts';

const report = checkPaths([new URL('../../scenarios/years/3a.yaml', import.meta.url).pathname]);
const year = report.files[0]?.year as SchoolYear;
const scenarios = shippedScenarios();
const chapters = year.chapters.map((chapter) => scenarios.find((compiled) => compiled.scenario.id === chapter.scenario)!);

const kobeCloseness = (run: Run) => run.snapshot.context.classroom.pupils.kobe?.closeness ?? 0;
const kobeConflict = (run: Run) => run.snapshot.context.classroom.pupils.kobe?.conflict ?? 0;

/** At each decision, the event whose result scores best for `rank` (ties: the first offered). */
function pick(run: Run, rank: (before: Run, after: Run) => number): PlayerEvent {
  const events = possibleEvents(run);
  let best = events[0]!;
  let bestRank = -Infinity;
  for (const event of events) {
    const after = step(run, event);
    if (!after) continue;
    const value = rank(run, after);
    if (value > bestRank) [best, bestRank] = [event, value];
  }
  return best;
}

const closest = (_: Run, after: Run) => kobeCloseness(after);
const furthest = (_: Run, after: Run) => -kobeCloseness(after);
const leastChange = (before: Run, after: Run) =>
  -Math.abs(kobeCloseness(after) - kobeCloseness(before)) - Math.abs(kobeConflict(after) - kobeConflict(before));

/** Plays a chapter with a rule until it ends, or (for spring) until the clash has happened. */
function playChapter(start: Run, rule: (before: Run, after: Run) => number, stopAfter?: (run: Run) => boolean): Run[] {
  const runs = [start];
  let run = start;
  for (let guard = 0; guard < 200 && !isFinished(run); guard++) {
    run = step(run, pick(run, rule))!;
    runs.push(run);
    if (stopAfter?.(run)) break;
  }
  return runs;
}

const CLASH_BEATS = ['botsing-rustig', 'botsing-fel'];

/** Plays September with the given rule, the rest with the least-change rule; returns spring's runs. */
function playYear(september: (before: Run, after: Run) => number) {
  let progress = emptyProgress(year);
  for (const [index, rule] of [september, leastChange, leastChange].entries()) {
    const state = yearStateOf(year, chapters, progress);
    expect(state.next?.index).toBe(index);
    const runs = playChapter(startRun(state.next!.compiled, nextChapterOptions(state, NEUTRAL_OPTIONS)!), rule);
    expect(isFinished(runs.at(-1)!)).toBe(true);
    progress = withFinishedChapter(state, runs.at(-1)!);
  }
  const state = yearStateOf(year, chapters, progress);
  const spring = startRun(state.next!.compiled, nextChapterOptions(state, NEUTRAL_OPTIONS)!);
  // Up to the clash: where the branch sends the lesson, and the state right after the clash's decision.
  const runs = playChapter(spring, leastChange, (run) => CLASH_BEATS.includes(currentBeat(run) ?? ''));
  const atClash = runs.at(-1)!;
  const afterClash = step(atClash, pick(atClash, leastChange))!;
  return { startKobe: kobeCloseness(spring), clashBeat: currentBeat(atClash), atClash, afterClash };
}

describe('the school year of 3A', () => {
  const warm = playYear(closest);
  const cold = playYear(furthest);

  it('checks cleanly and has the four secondary situations in the order of the year', () => {
    expect(report.ok, JSON.stringify(report.files[0]?.errors)).toBe(true);
    expect(year.chapters.map((chapter) => chapter.scenario)).toEqual(['september-eerste-les', 'maandag-eerste-uur', 'januari-in-3a', 'lente-de-botsing']);
  });

  it('carries the bond built in September with Kobe to the spring', () => {
    expect(warm.startKobe).toBeGreaterThan(cold.startKobe + 0.1);
  });

  it('meets a calmer clash in spring when the bond was built in September', () => {
    expect(warm.clashBeat).toBe('botsing-rustig');
    expect(cold.clashBeat).toBe('botsing-fel');
    const after = (run: Run) => run.snapshot.context.classroom;
    expect(after(warm.afterClash).pupils.kobe!.conflict).toBeLessThan(after(cold.afterClash).pupils.kobe!.conflict);
    expect(after(warm.afterClash).disruption).toBeLessThan(after(cold.afterClash).disruption);
  });
});
