/**
 * The compiler and the session on a fixture that uses every engine feature once (motor.yaml): a guarded
 * ending, the time-up as an explicit event, "no time pressure" as a guard, an incident that interrupts
 * and lets the lesson go on, saves as event logs, and a changed scenario that is refused.
 */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { compileScenario } from '../../src/core/scenario/compile.ts';
import { possibleEvents, restoreRun, saveRun, startRun, step, type Run } from '../../src/core/session/run.ts';
import { viewOf } from '../../src/core/session/view.ts';
import { compileFixture } from '../support/engineFixture.ts';

const compiled = compileFixture('engine/motor.yaml');
const options = { ...NEUTRAL_OPTIONS, timePressure: true };

function play(run: Run, ...events: Parameters<typeof step>[1][]): Run {
  return events.reduce((current, event) => {
    const next = step(current, event);
    if (!next) throw new Error(`${JSON.stringify(event)} is not possible at ${viewOf(current, 'nl').beat}`);
    return next;
  }, run);
}

describe('the compiled machine', () => {
  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(compiled.machine))).toEqual(compiled.machine);
  });

  it('nests beats in their lesson phases', () => {
    const lesson = (compiled.machine.states as Record<string, { states: Record<string, { states: object }> }>).lesson!;
    expect(Object.keys(lesson.states)).toEqual(['begin', 'les', '_einde']);
    expect(Object.keys(lesson.states.les!.states)).toEqual(['uitleg', 'botsing', 'na-botsing']);
  });

  it('lists as participants only the pupils the scenario names', () => {
    expect(compiled.participants).toEqual(['lisa', 'samir']);
  });
});

describe('playing', () => {
  it('starts at the first beat with its choices, place and stage directions', () => {
    const view = viewOf(startRun(compiled, options), 'nl');
    expect(view.beat).toBe('deur');
    expect(view.place).toBe('klasdeur');
    expect(view.narration).toBe('Lisa en Samir komen binnen.');
    expect(view.prompt).toMatchObject({ kind: 'choices', choices: [{ index: 0, text: 'Groet Lisa bij naam.' }, { index: 1, text: 'Loop naar je bureau.' }] });
    expect(view.pupils.map((pupil) => [pupil.id, pupil.doing])).toEqual([
      ['lisa', 'binnenkomen'],
      ['samir', 'binnenkomen'],
    ]);
  });

  it('shows the reaction to a choice, then lets an interrupting incident ask before the beat goes on', () => {
    const run = play(startRun(compiled, options), { type: 'choice.select', index: 0 });
    const view = viewOf(run, 'en');
    expect(view.reaction?.lines).toEqual([{ speaker: 'lisa', name: 'Lisa', text: 'Morning!' }]);
    expect(view.beat).toBe('uitleg');
    expect(view.prompt).toMatchObject({ kind: 'choices', incident: 'gsm' });
    // While the incident asks, the beat's own continue is refused: at most one prompt at a time.
    expect(step(run, { type: 'continue' })).toBeUndefined();
    expect(possibleEvents(run)).toEqual([
      { type: 'incident.select', incident: 'gsm', index: 0 },
      { type: 'incident.select', incident: 'gsm', index: 1 },
    ]);
    const after = play(run, { type: 'incident.select', incident: 'gsm', index: 0 });
    expect(viewOf(after, 'nl').prompt).toEqual({ kind: 'continue' });
    expect(viewOf(after, 'nl').beat).toBe('uitleg');
  });

  it('counts the minutes a choice costs', () => {
    const run = play(startRun(compiled, options), { type: 'choice.select', index: 0 });
    expect(viewOf(run, 'nl').clock).toEqual({ lessonMinutes: 50, minutesUsed: 1, minutesLeft: 49, startsAt: 8 * 60 + 25 });
  });

  it('starts the wall clock at the lessonStart of the scenario (8:25 when absent)', () => {
    const afternoon = { ...compiled, scenario: { ...compiled.scenario, lessonStart: '13:25' } };
    expect(viewOf(startRun(afternoon, options), 'nl').clock.startsAt).toBe(13 * 60 + 25);
  });

  it('takes the time-up as an explicit event, with its own consequence', () => {
    const run = play(startRun(compiled, options), { type: 'time.up' });
    expect(run.snapshot.context.chosen).toEqual(['deur/tijd-om']);
    expect(viewOf(run, 'nl').beat).toBe('uitleg');
  });

  it('gives a timed beat its own seconds after a reading pause that grows with the text, and no clock without time pressure', () => {
    const timed = viewOf(startRun(compiled, options), 'nl').prompt;
    const narrationWords = 'Lisa en Samir komen binnen.'.split(' ').length;
    const optionWords = 'Groet Lisa bij naam.'.split(' ').length + 'Loop naar je bureau.'.split(' ').length;
    expect(timed.kind === 'choices' && timed.timeLimit).toEqual({ seconds: 10, readingSeconds: Math.ceil(narrationWords / 3 + optionWords / 4) });
    const relaxed = startRun(compiled, { ...options, timePressure: false });
    expect(viewOf(relaxed, 'nl').prompt).not.toHaveProperty('timeLimit');
    expect(step(relaxed, { type: 'time.up' })).toBeUndefined();
  });

  it('ends in the guarded ending only when the guard holds, showing the notes whose condition holds', () => {
    const warm = play(startRun(compiled, options), { type: 'choice.select', index: 0 }, { type: 'incident.select', incident: 'gsm', index: 0 }, { type: 'continue' }, { type: 'choice.select', index: 1 });
    expect(warm.snapshot.context.ending).toBe('warm');
    expect(viewOf(warm, 'nl').prompt).toMatchObject({ kind: 'ending', title: 'Een warme klas' });
    const cold = play(startRun(compiled, options), { type: 'choice.select', index: 1 }, { type: 'incident.select', incident: 'gsm', index: 0 }, { type: 'continue' }, { type: 'choice.select', index: 1 });
    expect(viewOf(warm, 'nl').prompt).toMatchObject({ debrief: ['Je groette Lisa bij naam.', 'Samir bleef rustig omdat jij rustig bleef.'] });
    const warmButLoud = play(startRun(compiled, options), { type: 'choice.select', index: 0 }, { type: 'incident.select', incident: 'gsm', index: 0 }, { type: 'continue' }, { type: 'choice.select', index: 0 });
    expect(viewOf(warmButLoud, 'nl').prompt).toMatchObject({ debrief: ['Je groette Lisa bij naam.'] });
    expect(cold.snapshot.context.ending).toBe('gewoon');
    expect(possibleEvents(cold)).toEqual([]);
  });
});

describe('paths', () => {
  const enumeration = enumeratePaths(compiled, options);

  it('explores every path, the time-up branch included, without hitting the cap', () => {
    expect(enumeration.capped).toBe(false);
    expect(enumeration.finished).toHaveLength(12);
    expect(enumeration.finished.some((run) => run.snapshot.context.chosen[0] === 'deur/tijd-om')).toBe(true);
    expect(enumeration.deadEnds).toEqual([]);
    expect(enumeration.endless).toEqual([]);
  });

  it('reaches the guarded ending only along paths that greeted Lisa', () => {
    const warm = enumeration.finished.filter((run) => run.snapshot.context.ending === 'warm');
    expect(warm.length).toBe(4);
    expect(warm.every((run) => run.snapshot.context.chosen[0] === 'deur/groet')).toBe(true);
  });

  it('replays a time-up path from its save to the same state', () => {
    const timeUp = enumeration.finished.find((run) => run.snapshot.context.chosen[0] === 'deur/tijd-om')!;
    const restored = restoreRun(compiled, JSON.parse(JSON.stringify(saveRun(timeUp))));
    expect(restored.ok && restored.run.snapshot.context).toEqual(timeUp.snapshot.context);
  });
});

describe('saves', () => {
  it('refuses a save of a changed scenario, of another scenario and of another format', () => {
    const run = play(startRun(compiled, options), { type: 'choice.select', index: 0 });
    const save = saveRun(run);
    const changedScenario = structuredClone(compiled.scenario);
    changedScenario.beats.deur!.narration = { nl: 'Anders.', en: 'Different.' };
    const changed = compileScenario(changedScenario, compiled.cast);
    expect(changed.hash).not.toBe(compiled.hash);
    expect(restoreRun(changed, save)).toEqual({ ok: false, reason: 'scenario-changed' });
    expect(restoreRun(compiled, { ...save, scenarioId: 'iets-anders' })).toEqual({ ok: false, reason: 'other-scenario' });
    expect(restoreRun(compiled, { ...save, format: 0 })).toEqual({ ok: false, reason: 'old-format' });
  });

  it('refuses a log with an event that is not possible, saying where', () => {
    const save = saveRun(startRun(compiled, options));
    expect(restoreRun(compiled, { ...save, events: [{ type: 'choice.select', index: 7 }] })).toEqual({ ok: false, reason: 'replay-failed', atEvent: 0 });
  });
});
