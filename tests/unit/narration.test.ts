/**
 * The live region's sentences (core/session/narration.ts): what changed on the canvas between two view
 * models, in Dutch and English, exactly as a screen reader will say it — the place, what pupils start to
 * do (named, grouped, counted or "the class"), postures and faces, restlessness crossing a threshold —
 * and never an unchanged state, never more than the cap; then the first beats of the shipped scenario.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { lookOf } from '../../src/core/session/looks.ts';
import { describeChanges, MAX_SENTENCES } from '../../src/core/session/narration.ts';
import { startRun, step } from '../../src/core/session/run.ts';
import { viewOf, type PupilView, type ViewModel } from '../../src/core/session/view.ts';
import type { Place, Pronoun } from '../../src/core/scenario/vocabulary.ts';
import { compileShipped } from '../support/engineFixture.ts';

const CLASS: [string, Pronoun][] = [
  ['Noor', 'zij'],
  ['Samir', 'hij'],
  ['Lisa', 'zij'],
  ['Kobe', 'hij'],
  ['Arne', 'hij'],
  ['Bilal', 'hij'],
  ['Robin', 'hen'],
  ['Rayan', 'hij'],
];

type Change = Partial<Omit<PupilView, 'id' | 'name' | 'look'>>;

/** A view of the eight pupils above, calm and attentive, at `place`; `pupils` changes some of them by name. */
function view(place: Place, pupils: Record<string, Change> = {}, restlessness = 0.2): ViewModel {
  return {
    scenarioId: 'test',
    title: 'Test',
    lang: 'nl',
    level: 'secundair',
    finished: false,
    place,
    lines: [],
    prompt: { kind: 'continue' },
    pupils: CLASS.map(([name, pronoun]) => ({
      id: name.toLowerCase(),
      name,
      pronoun,
      look: lookOf({ id: name.toLowerCase() }),
      mood: 'neutral',
      posture: 'leaning',
      speaking: false,
      ...pupils[name],
    })),
    clock: { lessonMinutes: 50, minutesUsed: 0, minutesLeft: 50, startsAt: 505 },
    decisions: 0,
    restlessness,
    meters: { structure: 0, closeness: 0 },
  };
}

const each = (names: string[], change: Change) => Object.fromEntries(names.map((name) => [name, change]));
const both = (previous: ViewModel | undefined, next: ViewModel) => ({ nl: describeChanges(previous, next, 'nl'), en: describeChanges(previous, next, 'en') });

describe('the place', () => {
  it('is said as it is on the first view, and as a change after', () => {
    expect(both(undefined, view('lerarenkamer'))).toEqual({ nl: ['Je staat in de lerarenkamer.'], en: ['You are in the staff room.'] });
    expect(both(view('lerarenkamer'), view('klasdeur'))).toEqual({ nl: ['Je staat nu aan de klasdeur.'], en: ['You are now at the classroom door.'] });
    expect(both(view('klasdeur'), view('tussen-de-banken'))).toEqual({ nl: ['Je staat nu tussen de banken.'], en: ['You are now among the desks.'] });
  });

  it('says nothing when nothing changed', () => {
    const same = view('bureau', { Lisa: { doing: 'roepen', posture: 'turned-away' } }, 0.5);
    expect(both(same, same)).toEqual({ nl: [], en: [] });
    expect(both(same, structuredClone(same))).toEqual({ nl: [], en: [] });
  });
});

describe('what pupils do', () => {
  it('names one pupil, with the pronoun from the cast', () => {
    expect(both(view('bureau'), view('bureau', { Samir: { doing: 'wegkijken' } }))).toEqual({ nl: ['Samir kijkt weg.'], en: ['Samir looks away.'] });
    expect(both(view('bureau'), view('bureau', { Noor: { doing: 'vinger-op' } }))).toEqual({ nl: ['Noor steekt haar vinger op.'], en: ['Noor puts her hand up.'] });
    expect(both(view('bureau'), view('bureau', { Kobe: { doing: 'vinger-op' } }))).toEqual({ nl: ['Kobe steekt zijn vinger op.'], en: ['Kobe puts his hand up.'] });
    expect(both(view('bureau'), view('bureau', { Robin: { doing: 'vinger-op' } }))).toEqual({ nl: ['Robin steekt diens vinger op.'], en: ['Robin puts their hand up.'] });
    expect(both(view('bureau'), view('bureau', { Kobe: { doing: 'roepen' } }))).toEqual({ nl: ['Kobe roept door de klas.'], en: ['Kobe calls out.'] });
    expect(both(view('bureau'), view('bureau', { Arne: { doing: 'terugtrekken' } }))).toEqual({ nl: ['Arne trekt zich terug.'], en: ['Arne withdraws.'] });
  });

  it('phrases a pupil without a pronoun without one', () => {
    const next = view('bureau', { Noor: { doing: 'vinger-op' } });
    delete next.pupils[0]!.pronoun;
    expect(both(view('bureau'), next)).toEqual({ nl: ['Noor steekt de vinger op.'], en: ['Noor puts a hand up.'] });
  });

  it('groups pupils who do the same', () => {
    expect(both(view('bureau'), view('bureau', each(['Lisa', 'Bilal'], { doing: 'vinger-op' })))).toEqual({
      nl: ['Lisa en Bilal steken hun vinger op.'],
      en: ['Lisa and Bilal put their hands up.'],
    });
    expect(both(view('bureau'), view('bureau', each(['Noor', 'Lisa', 'Rayan'], { doing: 'lachen' })))).toEqual({
      nl: ['Noor, Lisa en Rayan lachen.'],
      en: ['Noor, Lisa and Rayan laugh.'],
    });
  });

  it('counts a larger group, and says "the class" when everyone does it', () => {
    expect(both(view('lerarenkamer'), view('klasdeur', each(['Noor', 'Samir', 'Lisa', 'Kobe', 'Arne'], { doing: 'binnenkomen' })))).toEqual({
      nl: ['Je staat nu aan de klasdeur.', 'Vijf leerlingen komen binnen.'],
      en: ['You are now at the classroom door.', 'Five pupils come in.'],
    });
    expect(both(view('lerarenkamer'), view('klasdeur', each(CLASS.map(([name]) => name), { doing: 'binnenkomen' })))).toEqual({
      nl: ['Je staat nu aan de klasdeur.', 'De klas komt binnen.'],
      en: ['You are now at the classroom door.', 'The class comes in.'],
    });
  });

  it('says "the rest of the class" after the pupils it already named', () => {
    const next = view('tussen-de-banken', { ...each(['Noor', 'Samir', 'Kobe', 'Arne', 'Robin', 'Rayan'], { doing: 'werken' }), ...each(['Lisa', 'Bilal'], { doing: 'roepen' }) });
    expect(both(view('tussen-de-banken'), next)).toEqual({
      nl: ['Lisa en Bilal roepen door de klas.', 'De rest van de klas gaat aan het werk.'],
      en: ['Lisa and Bilal call out.', 'The rest of the class gets to work.'],
    });
  });

  it('never repeats what a pupil was already doing', () => {
    const before = view('bureau', { Kobe: { doing: 'roepen' }, Noor: { doing: 'vinger-op' } });
    const after = view('bureau', { Kobe: { doing: 'roepen' }, Noor: { doing: 'werken' } });
    expect(both(before, after)).toEqual({ nl: ['Noor gaat aan het werk.'], en: ['Noor gets to work.'] });
  });
});

describe('posture and faces', () => {
  it('says who turns away and who turns back', () => {
    expect(both(view('bureau'), view('bureau', { Lisa: { posture: 'turned-away' } }))).toEqual({
      nl: ['Lisa draait zich van je weg.'],
      en: ['Lisa turns away from you.'],
    });
    expect(both(view('bureau', { Lisa: { posture: 'turned-away' } }), view('bureau'))).toEqual({
      nl: ['Lisa draait zich weer naar je toe.'],
      en: ['Lisa turns back to you.'],
    });
  });

  it('says who slumps, looks up, sits up, and whose face changes', () => {
    expect(both(view('bureau'), view('bureau', { Samir: { posture: 'slumped' }, Noor: { posture: 'upright' }, Kobe: { mood: 'upset' } }))).toEqual({
      nl: ['Kobe kijkt boos.', 'Samir zakt onderuit.', 'Noor gaat rechtop zitten.'],
      en: ['Kobe looks upset.', 'Samir slumps.', 'Noor sits up.'],
    });
    expect(both(view('bureau', { Samir: { posture: 'slumped' } }), view('bureau', { Arne: { mood: 'happy' } }))).toEqual({
      nl: ['Samir kijkt weer op.', 'Arne glimlacht.'],
      en: ['Samir looks up again.', 'Arne smiles.'],
    });
  });

  it('says what a pupil does rather than how they sit, one sentence per pupil', () => {
    expect(both(view('bureau'), view('bureau', { Lisa: { doing: 'roepen', posture: 'turned-away', mood: 'upset' } }))).toEqual({
      nl: ['Lisa roept door de klas.'],
      en: ['Lisa calls out.'],
    });
  });
});

describe('restlessness', () => {
  it('is said when it crosses a threshold, up or down, and not while it stays on one side', () => {
    expect(both(view('bureau', {}, 0.3), view('bureau', {}, 0.4))).toEqual({ nl: ['De klas wordt onrustig.'], en: ['The class is getting restless.'] });
    expect(both(view('bureau', {}, 0.4), view('bureau', {}, 0.7))).toEqual({ nl: ['De klas wordt erg onrustig.'], en: ['The class is getting very restless.'] });
    expect(both(view('bureau', {}, 0.4), view('bureau', {}, 0.3))).toEqual({ nl: ['De klas wordt rustiger.'], en: ['The class is calming down.'] });
    expect(both(view('bureau', {}, 0.4), view('bureau', {}, 0.5))).toEqual({ nl: [], en: [] });
  });

  it('is said as it is when you come into the classroom', () => {
    expect(both(view('lerarenkamer', {}, 0.5), view('bureau', {}, 0.5))).toEqual({
      nl: ['Je staat nu aan je bureau.', 'De klas is onrustig.'],
      en: ['You are now at your desk.', 'The class is restless.'],
    });
  });
});

describe('what is out of sight', () => {
  it('says nothing about pupils in the staff room, and only about those who do something on the playground', () => {
    expect(both(view('bureau'), view('lerarenkamer', { Kobe: { doing: 'kletsen', mood: 'upset' } }))).toEqual({
      nl: ['Je staat nu in de lerarenkamer.'],
      en: ['You are now in the staff room.'],
    });
    expect(both(view('lerarenkamer'), view('speelplaats', { ...each(['Kobe', 'Bilal'], { doing: 'kletsen' }), Lisa: { mood: 'upset' } }))).toEqual({
      nl: ['Je staat nu op de speelplaats.', 'Kobe en Bilal kletsen met elkaar.'],
      en: ['You are now on the playground.', 'Kobe and Bilal are chatting.'],
    });
    expect(both(view('lerarenkamer'), view('schoolpoort', { ...each(['Lisa', 'Arne'], { doing: 'binnenkomen' }), Kobe: { doing: 'roepen' } }))).toEqual({
      nl: ['Je staat nu aan de schoolpoort.', 'Kobe roept iets.', 'Lisa en Arne komen aan.'],
      en: ['You are now at the school gate.', 'Kobe calls out.', 'Lisa and Arne arrive.'],
    });
  });
});

describe('without flooding', () => {
  it(`says at most ${MAX_SENTENCES} sentences about the class and sums up the rest`, () => {
    const next = view(
      'bureau',
      { Noor: { doing: 'vinger-op' }, Kobe: { doing: 'roepen' }, Arne: { doing: 'terugtrekken' }, Bilal: { doing: 'lachen' }, Lisa: { doing: 'wiebelen' }, Rayan: { doing: 'wiebelen' } },
      0.4,
    );
    expect(both(view('klasdeur', {}, 0.3), next)).toEqual({
      nl: ['Je staat nu aan je bureau.', 'De klas wordt onrustig.', 'Noor steekt haar vinger op.', 'Er gebeurt ook iets bij nog vijf leerlingen.'],
      en: ['You are now at your desk.', 'The class is getting restless.', 'Noor puts her hand up.', 'Something is happening with five more pupils too.'],
    });
    expect(both(view('bureau'), view('bureau', { Noor: { doing: 'vinger-op' }, Kobe: { doing: 'roepen' }, Arne: { doing: 'terugtrekken' }, Bilal: { doing: 'lachen' } }))).toEqual({
      nl: ['Noor steekt haar vinger op.', 'Kobe roept door de klas.', 'Er gebeurt ook iets bij Arne en Bilal.'],
      en: ['Noor puts her hand up.', 'Kobe calls out.', 'Something is happening with Arne and Bilal too.'],
    });
  });
});

describe('the shipped scenario', () => {
  it('narrates its first beats: the staff room, the class coming in at the door, then at the desk', () => {
    const compiled = compileShipped('maandag-eerste-uur');
    let run = startRun(compiled, NEUTRAL_OPTIONS);
    const first = viewOf(run, 'nl');
    expect(describeChanges(undefined, first, 'nl')).toEqual(['Je staat in de lerarenkamer.']);
    run = step(run, { type: 'choice.select', index: 0 })!;
    const door = viewOf(run, 'nl');
    expect(door.place).toBe('klasdeur');
    expect(describeChanges(first, door, 'nl')).toEqual(['Je staat nu aan de klasdeur.', 'De klas komt binnen.']);
    expect(describeChanges(viewOf(startRun(compiled, NEUTRAL_OPTIONS), 'en'), viewOf(run, 'en'), 'en')).toEqual([
      'You are now at the classroom door.',
      'The class comes in.',
    ]);
    run = step(run, { type: 'choice.select', index: 0 })!;
    const desk = viewOf(run, 'nl');
    expect(describeChanges(door, desk, 'nl')).toEqual(['Je staat nu aan je bureau.', 'Kobe roept door de klas.', 'Arne trekt zich terug.', 'Bilal lacht.']);
    expect(describeChanges(desk, desk, 'nl')).toEqual([]);
  });
});
