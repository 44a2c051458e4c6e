/**
 * Which sounds a step of the lesson calls for, and what their captions say (src/audio/cues.ts): the bell
 * when the lesson begins, when its clock runs out and at an ending (once); footsteps and the door when
 * pupils come in or leave; queued cues one after the other, late ones dropped. Then the shipped first-day
 * scenario played through, to hear it as the player would.
 */
import { describe, expect, it } from 'vitest';
import { CAPTIONS, CUE_FLOOR_MS, CUE_NAMES, cuesBetween, MAX_CUE_WAIT_MS, scheduleCue, type CueName, type HeardView } from '../../src/audio/cues.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { startRun, step, type Run } from '../../src/core/session/run.ts';
import { viewOf, type PupilView } from '../../src/core/session/view.ts';
import { compileShipped } from '../support/engineFixture.ts';

const pupil = (id: string, doing?: PupilView['doing']) => ({ id, ...(doing ? { doing } : {}) }) as PupilView;

function view(overrides: Partial<HeardView> = {}): HeardView {
  return {
    beat: 'uitleg',
    pupils: [pupil('kobe'), pupil('arne')],
    prompt: { kind: 'continue' },
    clock: { lessonMinutes: 50, minutesUsed: 10, minutesLeft: 40, startsAt: 505 },
    ...overrides,
  };
}

describe('the cues between two views', () => {
  it('rings the bell when the lesson begins', () => {
    expect(cuesBetween(undefined, view())).toEqual(['bell']);
  });

  it('is silent for an ordinary step', () => {
    expect(cuesBetween(view(), view({ beat: 'oefening' }))).toEqual([]);
  });

  it('hears pupils coming in: footsteps in the corridor, then the door', () => {
    const entering = view({ beat: 'aan-de-deur', pupils: [pupil('kobe', 'binnenkomen'), pupil('arne', 'binnenkomen')] });
    expect(cuesBetween(view({ beat: 'lerarenkamer' }), entering)).toEqual(['footsteps', 'door']);
    expect(cuesBetween(undefined, entering)).toEqual(['bell', 'footsteps', 'door']);
  });

  it('hears pupils leaving: the door, then footsteps', () => {
    const leaving = view({ beat: 'arne-blijft', pupils: [pupil('kobe', 'vertrekken'), pupil('arne')] });
    expect(cuesBetween(view(), leaving)).toEqual(['door', 'footsteps']);
  });

  it('does not repeat them while the same beat goes on, but does for a latecomer in an incident', () => {
    const entering = view({ beat: 'aan-de-deur', pupils: [pupil('kobe', 'binnenkomen')] });
    expect(cuesBetween(entering, entering)).toEqual([]);
    const latecomer = view({ pupils: [pupil('kobe'), pupil('arne', 'binnenkomen')] });
    expect(cuesBetween(view(), latecomer)).toEqual(['footsteps', 'door']);
  });

  it('rings the bell when the lesson clock runs out', () => {
    const last = view({ clock: { lessonMinutes: 50, minutesUsed: 48, minutesLeft: 2, startsAt: 505 } });
    const over = view({ beat: 'bel', clock: { lessonMinutes: 50, minutesUsed: 50, minutesLeft: 0, startsAt: 505 } });
    expect(cuesBetween(last, over)).toEqual(['bell']);
    expect(cuesBetween(over, view({ beat: 'na-de-bel', clock: over.clock }))).toEqual([]);
  });

  it('rings the bell at an ending, once even when the clock runs out in the same step', () => {
    const ending = { kind: 'ending' as const, ending: 'gezien', title: 'Gezien', narration: '', debrief: [] };
    expect(cuesBetween(view(), view({ prompt: ending }))).toEqual(['bell']);
    const over = { lessonMinutes: 50, minutesUsed: 50, minutesLeft: 0, startsAt: 505 };
    expect(cuesBetween(view(), view({ prompt: ending, clock: over }))).toEqual(['bell']);
    expect(cuesBetween(view({ clock: over }), view({ prompt: ending, clock: over }))).toEqual(['bell']);
    expect(cuesBetween(view({ prompt: ending }), view({ prompt: ending }))).toEqual([]);
  });
});

describe('queued cues', () => {
  it('start at once on a free floor, and take it for their own time', () => {
    expect(scheduleCue('choice', 1000, 0)).toEqual({ start: 1000, busyUntil: 1000 + CUE_FLOOR_MS.choice });
  });

  it('wait for the cue before them', () => {
    const bell = scheduleCue('bell', 0, 0)!;
    const steps = scheduleCue('footsteps', 10, bell.busyUntil)!;
    const door = scheduleCue('door', 20, steps.busyUntil)!;
    expect(steps.start).toBe(CUE_FLOOR_MS.bell);
    expect(door.start).toBe(CUE_FLOOR_MS.bell + CUE_FLOOR_MS.footsteps);
  });

  it('but the chimes that answer a choice or a time-up never wait, and the story waits for them', () => {
    const bell = scheduleCue('bell', 0, 0)!;
    const chime = scheduleCue('choice', 100, bell.busyUntil)!;
    expect(chime).toEqual({ start: 100, busyUntil: bell.busyUntil });
    const timeUp = scheduleCue('timeUp', 5000, 0)!;
    expect(scheduleCue('door', 5000, timeUp.busyUntil)!.start).toBe(5000 + CUE_FLOOR_MS.timeUp);
    expect(scheduleCue('choice', 0, 60_000)).toBeDefined();
  });

  it('are dropped when they would come too late to mean anything', () => {
    expect(scheduleCue('door', 0, MAX_CUE_WAIT_MS + 1)).toBeUndefined();
    expect(scheduleCue('door', 0, MAX_CUE_WAIT_MS)).toBeDefined();
  });
});

describe('captions', () => {
  it('exist for every cue and every change of the murmur, in Dutch and English', () => {
    for (const name of CUE_NAMES) expect(CAPTIONS[name].key).toBe(name);
    for (const caption of Object.values(CAPTIONS)) {
      expect(caption.nl.trim()).not.toBe('');
      expect(caption.en.trim()).not.toBe('');
      expect(caption.nl).not.toBe(caption.en);
    }
    expect(CAPTIONS.bell).toMatchObject({ nl: 'De bel gaat', en: 'The bell rings' });
  });
});

describe('the first school day, heard', () => {
  const compiled = compileShipped('maandag-eerste-uur');

  /** Plays the first offered option at every choice (Verder at a continue) and lists the cues on the way. */
  function listen(): { beat: string | undefined; cues: CueName[] }[] {
    let run: Run = startRun(compiled, { ...NEUTRAL_OPTIONS, timePressure: false });
    let previous = viewOf(run, 'nl');
    const heard = [{ beat: previous.beat, cues: cuesBetween(undefined, previous) }];
    for (let steps = 0; steps < 60 && previous.prompt.kind !== 'ending'; steps++) {
      const prompt = previous.prompt;
      const event =
        prompt.kind === 'choices'
          ? prompt.incident
            ? { type: 'incident.select' as const, incident: prompt.incident, index: prompt.choices[0]!.index }
            : { type: 'choice.select' as const, index: prompt.choices[0]!.index }
          : { type: 'continue' as const };
      const next = step(run, event);
      if (!next) throw new Error(`stuck at ${previous.beat}`);
      run = next;
      const current = viewOf(run, 'nl');
      heard.push({ beat: current.beat, cues: cuesBetween(previous, current) });
      previous = current;
    }
    expect(previous.prompt.kind).toBe('ending');
    return heard.filter((step) => step.cues.length > 0);
  }

  it('begins with the bell, hears the class come in, the bell at the end of the lesson and at the ending', () => {
    const heard = listen();
    expect(heard[0]).toEqual({ beat: 'lerarenkamer', cues: ['bell'] });
    expect(heard).toContainEqual({ beat: 'aan-de-deur', cues: ['footsteps', 'door'] });
    expect(heard.filter(({ cues }) => cues.includes('bell'))).toHaveLength(3);
    expect(heard.at(-1)).toEqual({ beat: undefined, cues: ['bell'] });
    // The bell never rings twice in a row for one moment.
    for (const { cues } of heard) expect(cues.filter((cue) => cue === 'bell').length).toBeLessThanOrEqual(1);
  });
});
