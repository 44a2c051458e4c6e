/**
 * The score and what the debrief reads from it (DESIGN §4): Prof on the mean position, the formula on a
 * hand-built state, whole lessons played through the model (a cold start, a clash and its repair,
 * overlooked pupils), the class profile, the frame-of-reference question and the myth notes.
 */
import { describe, expect, it } from 'vitest';
import { applyAction, createClassroom } from '../../src/core/model/classroom.ts';
import type { Action, CirclePosition, ClassroomSetup, ClassroomState, PupilModel } from '../../src/core/model/types.ts';
import { classProfileOf } from '../../src/core/scoring/classProfile.ts';
import { frameOfReferenceQuestion } from '../../src/core/scoring/frameOfReference.ts';
import { mythNotes } from '../../src/core/scoring/mythNotes.ts';
import { percentile, profileStrength, scoreLesson } from '../../src/core/scoring/score.ts';
import { MYTHS } from '../../src/core/scenario/vocabulary.ts';

const a = 0.924;
const b = 0.383;

function pupil(overrides: Partial<PupilModel>): PupilModel {
  return {
    closeness: 0.3,
    conflict: 0,
    engagement: 0.5,
    decisionsSinceContact: 0,
    contacts: 1,
    longestWithoutContact: 0,
    vulnerable: false,
    similarity: 0,
    takesPart: true,
    noted: false,
    ...overrides,
  };
}

function lessonState(overrides: Partial<ClassroomState>): ClassroomState {
  return {
    teacher: { agency: 0, communion: 0 },
    trajectory: [],
    decisions: 0,
    lessonMinutes: 50,
    minutesUsed: 0,
    progress: 0,
    disruption: 0.3,
    pupils: { lisa: pupil({}) },
    clashes: [],
    ...overrides,
  };
}

const IDS = ['lisa', 'samir', 'noor', 'ilias', 'emma', 'jonas'];
const SETUP: ClassroomSetup = {
  lessonMinutes: 50,
  pupils: IDS.map((id) => ({
    id,
    vulnerable: id === 'samir',
    interests: id === 'lisa' || id === 'emma' ? ['sport', 'muziek'] : ['koken'],
    temperament: 'druk',
  })),
  participants: IDS,
  profile: { interests: ['sport', 'muziek'], temperament: 'rustig' },
};

function play(actions: Action[], setup: ClassroomSetup = SETUP): ClassroomState {
  return actions.reduce(applyAction, createClassroom(setup));
}

const MIX = { sturend: 0.5, vriendelijk: 0.5 };
const toClass = (behaviour: Action['behaviour'], minutes = 5): Action => ({ behaviour, target: 'klas', minutes });
const toPupil = (id: string, behaviour: Action['behaviour'], minutes = 1): Action => ({ behaviour, target: { pupils: [id] }, minutes });

describe('Prof: structure and closeness together, on the mean position', () => {
  it('gives 0 to strict-cold and to warm-permissive mean positions', () => {
    expect(profileStrength({ agency: 0.7, communion: -0.5 })).toBe(0);
    expect(profileStrength({ agency: -0.5, communion: 0.7 })).toBe(0);
  });

  it('gives pure sturend (0.924, 0.383) ≈ 0.77 (2 · 0.383 = 0.766)', () => {
    expect(profileStrength({ agency: a, communion: b })).toBeCloseTo(0.766, 10);
    expect(profileStrength({ agency: b, communion: a })).toBeCloseTo(0.766, 10);
  });

  it('gives an even mix of sturend and vriendelijk 1', () => {
    expect(profileStrength({ agency: (a + b) / 2, communion: (a + b) / 2 })).toBe(1);
  });

  it('reads the mean of the whole trajectory, and gives an empty trajectory 0', () => {
    const sturend = lessonState({ trajectory: [{ agency: a, communion: b }] });
    expect(scoreLesson(sturend).parts.profile).toBeCloseTo(0.766, 10);
    const coldThenWarm = lessonState({
      trajectory: [
        { agency: 0.6, communion: -0.4 },
        { agency: 0.6, communion: 0.8 },
      ],
    });
    expect(scoreLesson(coldThenWarm).meanPosition).toEqual({ agency: 0.6, communion: expect.closeTo(0.2, 10) });
    expect(scoreLesson(coldThenWarm).parts.profile).toBeCloseTo(0.4, 10);
    expect(scoreLesson(lessonState({ trajectory: [] })).parts.profile).toBe(0);
  });

  it('scores a strict-cold and a warm-permissive lesson Prof 0', () => {
    const strictCold = play(Array.from({ length: 10 }, () => toClass({ dwingend: 0.5, corrigerend: 0.5 })));
    const warmPermissive = play(Array.from({ length: 10 }, () => toClass({ inschikkelijk: 0.5, begripvol: 0.5 })));
    expect(scoreLesson(strictCold).parts.profile).toBe(0);
    expect(scoreLesson(warmPermissive).parts.profile).toBe(0);
  });

  it('scores a cold start with a warm finish below a steady mix of the same length: the warm finish does not erase the start', () => {
    const contacts = IDS.slice(0, 5);
    const coldWarm = play([...contacts.map(() => toClass({ dwingend: 1 })), ...contacts.map((id) => toPupil(id, { vriendelijk: 1 }))]);
    const steady = play([...contacts.map(() => toClass(MIX)), ...contacts.map((id) => toPupil(id, MIX))]);
    expect(coldWarm.decisions).toBe(steady.decisions);
    const cold = scoreLesson(coldWarm);
    const mixed = scoreLesson(steady);
    expect(cold.total).toBeLessThan(mixed.total);
    expect(cold.parts.profile).toBeLessThan(mixed.parts.profile);
    expect(mixed.parts.profile).toBe(1);
    // the warm finish alone would look better than the lesson as a whole
    expect(profileStrength(coldWarm.teacher)).toBeGreaterThan(cold.parts.profile);
  });
});

describe('the score formula', () => {
  // Rel = mean((0.8 − 0.2 + 1)/2, (0.4 + 1)/2, (0.2 − 0.4 + 1)/2) = 1.9/3; Eq = 0.2 + 0.2·(0.4 − 0.2) = 0.24;
  // Eng = (0.5 + 0.7)/2 = 0.6; Rep = 1/2; Prof = 2 · min(0.6, 0.3) = 0.6; noor never contacted: −5.
  const state = lessonState({
    trajectory: [
      { agency: 0.6, communion: 0.2 },
      { agency: 0.6, communion: 0.4 },
    ],
    progress: 0.7,
    pupils: {
      lisa: pupil({ closeness: 0.8, conflict: 0.2, engagement: 0.6, contacts: 2, longestWithoutContact: 3 }),
      samir: pupil({ closeness: 0.4, conflict: 0, engagement: 0.4, contacts: 1, longestWithoutContact: 5, vulnerable: true }),
      noor: pupil({ closeness: 0.2, conflict: 0.4, engagement: 0.5, contacts: 0, longestWithoutContact: 9 }),
      ilias: pupil({ closeness: 0, conflict: 1, engagement: 0, contacts: 0, takesPart: false }),
    },
    clashes: [
      { pupil: 'lisa', atDecision: 1, closenessBefore: 0.8, conflictBefore: 0, repaired: true },
      { pupil: 'noor', atDecision: 2, closenessBefore: 0.3, conflictBefore: 0, repaired: false },
    ],
  });
  const breakdown = scoreLesson(state);

  it('computes each part exactly', () => {
    expect(breakdown.parts.profile).toBeCloseTo(0.6, 10);
    expect(breakdown.parts.relationship).toBeCloseTo(1.9 / 3, 10);
    expect(breakdown.parts.equity).toBeCloseTo(0.24, 10);
    expect(breakdown.parts.engagement).toBeCloseTo(0.6, 10);
    expect(breakdown.parts.repair).toBe(0.5);
  });

  it('is S = 100·(.35·Prof + .25·Rel + .15·Eq + .15·Eng + .10·Rep) − overlooked', () => {
    const expected = 100 * (0.35 * 0.6 + 0.25 * (1.9 / 3) + 0.15 * 0.24 + 0.15 * 0.6 + 0.1 * 0.5) - 5;
    expect(breakdown.total).toBeCloseTo(expected, 10);
    expect(breakdown.total).toBeCloseTo(49.4333, 3);
    expect(breakdown.points.profile).toBeCloseTo(21, 10);
    expect(breakdown.overlookedPenalty).toBe(5);
    expect(breakdown.overlooked).toEqual(['noor']);
  });

  it('returns the numbers the debrief needs', () => {
    expect(breakdown).toMatchObject({
      meanPosition: { agency: 0.6, communion: expect.closeTo(0.3, 10) },
      weakerSide: 'communion',
      participants: 3,
      individualContacts: 3,
      pupilsContacted: 2,
      vulnerablePupils: 1,
      vulnerableMeanCloseness: 0.4,
      clashes: 2,
      clashesRepairedInTime: 1,
      progress: 0.7,
    });
  });

  it('gives Rep 1 when no clash happened', () => {
    expect(scoreLesson(lessonState({})).parts.repair).toBe(1);
  });

  it('clamps the total to 0–100', () => {
    const crowd = Object.fromEntries(IDS.map((id) => [id, pupil({ closeness: 0, conflict: 1, engagement: 0, contacts: 0 })]));
    expect(scoreLesson(lessonState({ pupils: crowd })).total).toBe(0);
  });

  it('takes the 10th percentile with linear interpolation between ranks', () => {
    expect(percentile([0.8, 0.2, 0.4], 0.1)).toBeCloseTo(0.24, 10);
    expect(percentile([0.5], 0.1)).toBe(0.5);
    expect(percentile([], 0.1)).toBe(0);
  });
});

describe('overlooked pupils', () => {
  const base = { lisa: pupil({ contacts: 2, longestWithoutContact: 4 }) };

  it('costs points for a pupil who takes part and was never addressed', () => {
    const seen = scoreLesson(lessonState({ pupils: { ...base, noor: pupil({ contacts: 1 }) } }));
    const unseen = scoreLesson(lessonState({ pupils: { ...base, noor: pupil({ contacts: 0 }) } }));
    expect(unseen.overlooked).toEqual(['noor']);
    expect(unseen.overlookedPenalty).toBe(5);
    expect(seen.total - unseen.total).toBeCloseTo(5, 10);
  });

  it('costs points for a pupil left without contact for more than 10 decisions, not for 10', () => {
    expect(scoreLesson(lessonState({ pupils: { noor: pupil({ longestWithoutContact: 11 }) } })).overlooked).toEqual(['noor']);
    expect(scoreLesson(lessonState({ pupils: { noor: pupil({ longestWithoutContact: 10 }) } })).overlooked).toEqual([]);
  });

  it('costs nothing for a pupil who does not take part, whatever their state', () => {
    const without = scoreLesson(lessonState({ pupils: base }));
    const withBystander = scoreLesson(
      lessonState({ pupils: { ...base, ilias: pupil({ contacts: 0, closeness: 0, conflict: 1, takesPart: false }) } }),
    );
    expect(withBystander.overlooked).toEqual([]);
    expect(withBystander.total).toBe(without.total);
  });

  it('does not count a noted pupil as overlooked: the 16:00 note counts as attention', () => {
    const noted = scoreLesson(lessonState({ pupils: { ...base, noor: pupil({ contacts: 0, noted: true }) } }));
    expect(noted.overlooked).toEqual([]);
    expect(noted.overlookedPenalty).toBe(0);
  });

  it('follows from play: the pupil nobody spoke to is overlooked unless noted at the end', () => {
    const lesson = IDS.filter((id) => id !== 'jonas').map((id) => toPupil(id, MIX));
    expect(scoreLesson(play(lesson)).overlooked).toEqual(['jonas']);
    const withNote = [...lesson, { effects: [{ pupils: ['jonas'], noted: true }] } satisfies Action];
    expect(scoreLesson(play(withNote)).overlooked).toEqual([]);
  });
});

describe('a clash and its repair, over a whole lesson', () => {
  const opening = [toClass(MIX), ...IDS.map((id) => toPupil(id, MIX))];
  const closing = [toClass({ sturend: 1 }, 20), toClass(MIX, 10)];
  const calmWord = toPupil('lisa', { sturend: 1 });
  const shout: Action = { ...toPupil('lisa', { corrigerend: 1 }), effects: [{ pupils: ['lisa'], closeness: -0.1 }] };
  const talk = toPupil('lisa', { begripvol: 1 }, 3);
  const repairTalk: Action = { ...talk, effects: [{ pupils: ['lisa'], repair: true }] };

  const noClash = play([...opening, calmWord, talk, ...closing]);
  const repaired = play([...opening, shout, repairTalk, ...closing]);
  const unrepaired = play([...opening, shout, talk, ...closing]);

  it('lowers conflict when repaired, and counts the repair', () => {
    expect(repaired.pupils.lisa?.conflict).toBeLessThan(unrepaired.pupils.lisa?.conflict ?? 0);
    expect(scoreLesson(repaired).parts.repair).toBe(1);
    expect(scoreLesson(unrepaired).parts.repair).toBe(0);
    expect(scoreLesson(repaired).total).toBeGreaterThan(scoreLesson(unrepaired).total);
  });

  it('never lets a provoked-and-repaired clash beat no clash', () => {
    expect(scoreLesson(repaired).total).toBeLessThan(scoreLesson(noClash).total);
  });

  it('never lets it pay with a pupil who came in with a lot of conflict either (the school year’s spring)', () => {
    const spring = { ...SETUP, startingState: { lisa: { closeness: 0.2, conflict: 0.6 } } };
    const springNoClash = play([...opening, calmWord, talk, ...closing], spring);
    const springRepaired = play([...opening, shout, repairTalk, ...closing], spring);
    expect(scoreLesson(springRepaired).total).toBeLessThan(scoreLesson(springNoClash).total);
    expect(springRepaired.pupils.lisa?.conflict).toBeGreaterThanOrEqual(springNoClash.pupils.lisa?.conflict ?? 1);
  });
});

describe('classProfileOf', () => {
  const cases: [CirclePosition, string][] = [
    [{ agency: 0, communion: 0 }, 'drudging'],
    [{ agency: 0.55, communion: 0.55 }, 'authoritative'],
    [{ agency: 0.7, communion: 0.25 }, 'directive'],
    [{ agency: 0.25, communion: 0.75 }, 'tolerant-authoritative'],
    [{ agency: -0.1, communion: 0.6 }, 'tolerant'],
    [{ agency: -0.56, communion: 0.56 }, 'uncertain-tolerant'],
    [{ agency: -0.8, communion: -0.33 }, 'uncertain-aggressive'],
    [{ agency: 0.3, communion: -0.55 }, 'repressive'],
  ];
  it.each(cases)('names the nearest prototype for (%o): %s', (position, key) => {
    expect(classProfileOf(position).key).toBe(key);
  });

  it('gives the labels in both languages', () => {
    expect(classProfileOf({ agency: 0.55, communion: 0.55 }).label).toEqual({ nl: 'gezaghebbend', en: 'authoritative' });
  });
});

describe('frameOfReferenceQuestion', () => {
  const similar = ['lisa', 'emma'];
  const greetSimilar = (times: number) => Array.from({ length: times }, (_, i) => toPupil(similar[i % 2] ?? 'lisa', MIX));

  it('asks nothing before 8 individual contacts', () => {
    expect(frameOfReferenceQuestion(play(greetSimilar(7)))).toBeUndefined();
  });

  it('asks about the less-approached pupils once the player spoke mostly with pupils like themselves', () => {
    const question = frameOfReferenceQuestion(play([...greetSimilar(8), toPupil('samir', MIX)]), { ilias: 'Ilias', jonas: 'Jonas', noor: 'Noor' });
    expect(question?.lessApproached).toEqual(['ilias', 'jonas', 'noor']);
    expect(question?.contactsPerSimilarPupil).toBe(4);
    expect(question?.contactsPerOtherPupil).toBe(0.25);
    expect(question?.nl).toContain('Ilias, Jonas en Noor hoorde je minder.');
    expect(question?.en).toContain('You heard less from Ilias, Jonas and Noor.');
  });

  it('asks nothing when contacts were spread evenly', () => {
    const even = IDS.flatMap((id) => [toPupil(id, MIX), toPupil(id, MIX)]);
    expect(frameOfReferenceQuestion(play(even))).toBeUndefined();
  });
});

describe('mythNotes', () => {
  const good = play([toClass(MIX), ...IDS.map((id) => toPupil(id, MIX)), toClass({ sturend: 1 }, 25), toClass(MIX, 15)]);
  const cold = play([toClass({ dwingend: 1 }), toClass({ corrigerend: 1 }), toClass({ sturend: 1 }, 30)]);

  it('gives one to three notes in nl and en for every myth', () => {
    for (const state of [good, cold, createClassroom(SETUP)]) {
      for (const myth of MYTHS) {
        const notes = mythNotes(myth, scoreLesson(state));
        expect(notes.length).toBeGreaterThanOrEqual(1);
        expect(notes.length).toBeLessThanOrEqual(3);
        for (const note of notes) {
          expect(note.nl.length).toBeGreaterThan(0);
          expect(note.en.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('shows for geen-tijd that many short contacts did not cost the lesson its progress', () => {
    const breakdown = scoreLesson(good);
    expect(breakdown.progress).toBeGreaterThanOrEqual(0.5);
    expect(mythNotes('geen-tijd', breakdown)[0]?.nl).toContain(`Je had ${breakdown.individualContacts} korte persoonlijke contacten`);
  });

  it('names a cold start for strenge-start, and who went unseen', () => {
    const notes = mythNotes('strenge-start', scoreLesson(cold));
    expect(notes[0]?.nl).toContain('Je begon streng en afstandelijk');
    expect(notes[1]?.nl).toContain('6 leerlingen bleven vandaag buiten beeld');
  });

  it('relates a repaired clash to een-botsing', () => {
    const repaired = play([toPupil('lisa', { corrigerend: 1 }), { ...toPupil('lisa', { begripvol: 1 }), effects: [{ pupils: ['lisa'], repair: true }] }]);
    expect(mythNotes('een-botsing', scoreLesson(repaired))[0]?.nl).toContain('je herstelde ze op tijd');
  });

  it('says whether the bond held by the pupil the clash was with, not by the class average', () => {
    // Warm to everyone else, three public reprimands for Lisa: the class average looks fine, Lisa's bond does not.
    const others = IDS.filter((id) => id !== 'lisa');
    const steps = [...others.map((id) => toPupil(id, MIX)), ...others.map((id) => toPupil(id, MIX)), toPupil('lisa', { corrigerend: 1 }), toPupil('lisa', { corrigerend: 1 }), toPupil('lisa', { corrigerend: 1 })];
    const breakdown = scoreLesson(play(steps));
    expect(breakdown.meanCloseness).toBeGreaterThan(breakdown.meanConflict);
    expect(breakdown.clashedPupils.map((pupil) => pupil.id)).toEqual(['lisa']);
    expect(breakdown.clashedPupils[0]!.conflict).toBeGreaterThan(breakdown.clashedPupils[0]!.closeness);
    expect(mythNotes('een-botsing', breakdown)[1]?.nl).toContain('Het conflict woog nu zwaarder dan de nabijheid');
  });
});
