/**
 * The school year on a two-chapter fixture (tests/fixtures/engine/jaar.yaml): the year file is checked against the
 * scenarios it names; each chapter starts from the pupils the previous one left, after the weeks in
 * between; progress is rebuilt from the chapters' saves; the year debrief says who grew closer and who
 * was overlooked. The shipped year is played in tests/scenarios/schoolYear.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/cli/check.ts';
import { PARAMS } from '../../src/core/model/params.ts';
import { compileScenario, type CompiledScenario } from '../../src/core/scenario/compile.ts';
import type { SchoolYear } from '../../src/core/scenario/schema.ts';
import { currentBeat, saveRun, startRun, step, type Run } from '../../src/core/session/run.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { carriedState } from '../../src/core/year/carry.ts';
import { yearDebriefOf } from '../../src/core/year/yearDebrief.ts';
import { chaptersOf, emptyProgress, nextChapterOptions, withFinishedChapter, yearStateOf, type YearProgress } from '../../src/core/year/yearRun.ts';
import { createYearStore } from '../../src/persistence/years.ts';
import { memoryStorage } from '../../src/persistence/storage.ts';

const folder = new URL('../fixtures/engine/', import.meta.url).pathname;
const report = checkPaths([`${folder}jaar.yaml`, `${folder}motor.yaml`, `${folder}vervolg.yaml`]);
const year = report.files.find((file) => file.year)?.year as SchoolYear;
const compiled: CompiledScenario[] = report.files.flatMap((file) => (file.scenario ? [compileScenario(file.scenario, report.casts.get(file.scenario.cast)!)] : []));
const chapters = chaptersOf(year, compiled)!;

/** Plays a run by choice ids; an incident gets its first option and a beat without choices a continue. */
function playByIds(run: Run, ids: readonly string[]): Run {
  let current = run;
  const queue = [...ids];
  for (let guard = 0; guard < 20 && current.snapshot.context.ending === null; guard++) {
    const context = current.snapshot.context;
    const beat = current.compiled.scenario.beats[currentBeat(current) ?? ''];
    let next: Run | undefined;
    if (context.incidentAsking) next = step(current, { type: 'incident.select', incident: context.incidentAsking, index: 0 });
    else if (beat?.choices) {
      const id = queue.shift();
      if (id === undefined) break;
      next = step(current, { type: 'choice.select', index: beat.choices.findIndex((choice) => choice.id === id) });
    } else next = step(current, { type: 'continue' });
    expect(next, `stuck at ${currentBeat(current)}`).toBeDefined();
    current = next!;
  }
  return current;
}

/** Plays the fixture year: motor with the given first choice, then vervolg with a nod. */
function playYear(firstChoice: 'groet' | 'bureau'): { progress: YearProgress; runs: Run[] } {
  let progress = emptyProgress(year);
  const runs: Run[] = [];
  for (const plan of [[firstChoice, 'rustig'], ['knik']]) {
    const state = yearStateOf(year, chapters, progress);
    const run = playByIds(startRun(state.next!.compiled, nextChapterOptions(state, NEUTRAL_OPTIONS)!), plan);
    expect(run.snapshot.context.ending).not.toBeNull();
    runs.push(run);
    progress = withFinishedChapter(state, run);
  }
  return { progress, runs };
}

describe('the school-year file', () => {
  it('passes the checker with the scenarios it names', () => {
    expect(report.ok, JSON.stringify(report.files.map((file) => file.errors))).toBe(true);
    expect(year.chapters.map((chapter) => chapter.scenario)).toEqual(['motor', 'vervolg']);
  });

  it('names a chapter that does not exist, and one of another class, each on its own line', () => {
    const broken = checkPaths([new URL('../fixtures/year/jaar-fout.yaml', import.meta.url).pathname]);
    const [file] = broken.files;
    expect(file?.kind).toBe('year');
    expect(file?.errors.map((problem) => [problem.line, problem.code])).toEqual([
      [7, 'unknown-scenario'],
      [10, 'chapter-cast-mismatch'],
    ]);
    expect(file?.errors[0]?.message).toContain("Bedoel je 'september-eerste-les'?");
  });
});

describe('carrying pupils from one chapter to the next', () => {
  it('lets closeness drift back toward the start, conflict fade and engagement return', () => {
    const run = startRun(chapters[0]!, NEUTRAL_OPTIONS);
    const classroom = { ...run.snapshot.context.classroom, pupils: { ...run.snapshot.context.classroom.pupils } };
    classroom.pupils.lisa = { ...classroom.pupils.lisa!, closeness: 0.8, conflict: 0.5, engagement: 0.9 };
    const carried = carriedState(classroom).lisa!;
    const { closenessDrift, conflictFade, engagementReturn } = PARAMS.betweenChapters;
    expect(carried.closeness).toBeCloseTo(0.8 - closenessDrift * (0.8 - PARAMS.pupilStart.closeness));
    expect(carried.conflict).toBeCloseTo(0.5 * (1 - conflictFade));
    expect(carried.engagement).toBeCloseTo(0.9 - engagementReturn * (0.9 - PARAMS.pupilStart.engagement));
  });

  it('starts the second chapter from the first one: a bond built in September carries into October', () => {
    const warm = playYear('groet');
    const cold = playYear('bureau');
    expect(warm.runs[1]!.snapshot.context.ending).toBe('groet');
    expect(cold.runs[1]!.snapshot.context.ending).toBe('stil');
    const lisaAtStart = (run: Run) => run.options.startingState?.lisa?.closeness ?? 0;
    expect(lisaAtStart(warm.runs[1]!)).toBeGreaterThan(lisaAtStart(cold.runs[1]!));
  });
});

describe('progress', () => {
  it('is rebuilt from the chapters’ saves, and a changed scenario ends it at that chapter', () => {
    const { progress } = playYear('groet');
    const state = yearStateOf(year, chapters, progress);
    expect(state.finished).toHaveLength(2);
    expect(state.next).toBeUndefined();
    const changed = { ...progress, chapters: [progress.chapters[0]!, { ...progress.chapters[1]!, contentHash: 'other' }] };
    const partly = yearStateOf(year, chapters, changed);
    expect(partly.finished).toHaveLength(1);
    expect(partly.dropped).toBe(1);
    expect(partly.next?.index).toBe(1);
  });

  it('takes only the next chapter, finished', () => {
    const state = yearStateOf(year, chapters, emptyProgress(year));
    const unfinished = startRun(chapters[0]!, NEUTRAL_OPTIONS);
    expect(() => withFinishedChapter(state, unfinished)).toThrow(/finished/);
    const second = playByIds(startRun(chapters[1]!, NEUTRAL_OPTIONS), ['knik']);
    expect(() => withFinishedChapter(state, second)).toThrow(/next chapter/);
  });

  it('is kept in storage apart from single situations, and damaged values read as no progress', () => {
    const storage = memoryStorage();
    const store = createYearStore(storage);
    const { progress } = playYear('groet');
    expect(store.write(progress)).toBe(true);
    expect(store.read(year.id)).toEqual(progress);
    const chapter = saveRun(startRun(chapters[0]!, NEUTRAL_OPTIONS));
    store.writeChapter(year.id, chapter);
    expect(store.readChapter(year.id)).toEqual(chapter);
    expect(storage.getItem(`klasdeur:save:${chapter.scenarioId}`)).toBeNull();
    storage.setItem(`klasdeur:year:${year.id}`, '{"yearId":"proefjaar","chapters":[{"format":"x"}]}');
    expect(store.read(year.id)).toBeUndefined();
    store.clear(year.id);
    expect(store.readChapter(year.id)).toBeUndefined();
  });
});

describe('the year debrief', () => {
  it('lists each chapter, who grew closer, and who was never addressed', () => {
    const { runs } = playYear('groet');
    const debrief = yearDebriefOf(year, runs, 'nl');
    expect(debrief.chapters.map((chapter) => [chapter.season, chapter.ending])).toEqual([
      ['September', 'Een warme klas'],
      ['Oktober', 'Lisa groet terug'],
    ]);
    expect(debrief.trajectories).toHaveLength(2);
    expect(debrief.grewCloser.map((change) => change.name)).toContain('Lisa');
    expect(debrief.grewCloser[0]!.to).toBeGreaterThan(debrief.grewCloser[0]!.from);
    expect(debrief.meanScore).toBeCloseTo((debrief.chapters[0]!.score + debrief.chapters[1]!.score) / 2);
  });

  it('names a pupil who never got an individual word all year', () => {
    const { runs } = playYear('bureau');
    const debrief = yearDebriefOf(year, runs, 'en');
    expect(debrief.neverAddressed).toContain('Lisa');
    expect(debrief.grewCloser.map((change) => change.name)).not.toContain('Lisa');
  });
});
