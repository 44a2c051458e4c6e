/**
 * The classroom model, one move at a time (DESIGN §4): the circle's geometry, setting up a class, and what
 * one decision does to the teacher's position, to each pupil and to the lesson. Expected numbers are
 * worked out from the formulas and params.ts in the comments beside them.
 */
import { describe, expect, it } from 'vitest';
import { applyAction, createClassroom, similarityTo } from '../../src/core/model/classroom.ts';
import { behaviourVector, behaviourWeight } from '../../src/core/model/octants.ts';
import { PARAMS } from '../../src/core/model/params.ts';
import type { Action, ClassroomSetup, ClassroomState } from '../../src/core/model/types.ts';

const a = 0.924;
const b = 0.383;

const SETUP: ClassroomSetup = {
  lessonMinutes: 50,
  pupils: [
    { id: 'lisa', vulnerable: false, interests: ['sport', 'muziek'], temperament: 'rustig' },
    { id: 'samir', vulnerable: true, interests: ['techniek'], temperament: 'druk' },
    { id: 'noor', vulnerable: false, interests: ['sport'], temperament: 'verlegen' },
    { id: 'ilias', vulnerable: false, interests: ['koken'], temperament: 'grappig' },
  ],
  participants: ['lisa', 'samir', 'noor'],
  profile: { interests: ['sport', 'muziek'], temperament: 'rustig' },
};

function play(actions: Action[], setup: ClassroomSetup = SETUP): ClassroomState {
  return actions.reduce(applyAction, createClassroom(setup));
}

function pupil(state: ClassroomState, id: string) {
  const found = state.pupils[id];
  if (!found) throw new Error(`no pupil ${id}`);
  return found;
}

describe('the interpersonal circle', () => {
  it('places each octant at its unit vector (a = 0.924, b = 0.383)', () => {
    expect(behaviourVector({ sturend: 1 })).toEqual({ agency: a, communion: b });
    expect(behaviourVector({ vriendelijk: 1 })).toEqual({ agency: b, communion: a });
    expect(behaviourVector({ begripvol: 1 })).toEqual({ agency: -b, communion: a });
    expect(behaviourVector({ inschikkelijk: 1 })).toEqual({ agency: -a, communion: b });
    expect(behaviourVector({ onzeker: 1 })).toEqual({ agency: -a, communion: -b });
    expect(behaviourVector({ ontevreden: 1 })).toEqual({ agency: -b, communion: -a });
  });

  it('coercion buys half the agency: corrigerend and dwingend count their agency half, their communion whole', () => {
    expect(behaviourVector({ dwingend: 1 })).toEqual({ agency: a / 2, communion: -b });
    expect(behaviourVector({ corrigerend: 1 })).toEqual({ agency: b / 2, communion: -a });
  });

  it('adds weighted vectors: an even sturend–vriendelijk mix lies on the diagonal, a wink is 0.3 of vriendelijk', () => {
    const mix = behaviourVector({ sturend: 0.5, vriendelijk: 0.5 });
    expect(mix.agency).toBeCloseTo((a + b) / 2, 10);
    expect(mix.communion).toBeCloseTo((a + b) / 2, 10);
    const wink = behaviourVector({ vriendelijk: 0.3 });
    expect(wink.agency).toBeCloseTo(0.3 * b, 10);
    expect(wink.communion).toBeCloseTo(0.3 * a, 10);
    expect(behaviourWeight({ sturend: 0.5, vriendelijk: 0.2 })).toBeCloseTo(0.7, 10);
  });

  it('reads weights that add up to more than 1 as shares of one decision', () => {
    expect(behaviourVector({ sturend: 1, vriendelijk: 1 })).toEqual(behaviourVector({ sturend: 0.5, vriendelijk: 0.5 }));
  });
});

describe('createClassroom', () => {
  const state = createClassroom({ ...SETUP, startingState: { samir: { closeness: 0.6, conflict: 0.4 } } });

  it('starts the teacher at the centre, with no decisions, trajectory, minutes, progress or clashes', () => {
    expect(state.teacher).toEqual({ agency: 0, communion: 0 });
    expect(state.trajectory).toEqual([]);
    expect(state.decisions).toBe(0);
    expect(state.minutesUsed).toBe(0);
    expect(state.lessonMinutes).toBe(50);
    expect(state.progress).toBe(0);
    expect(state.disruption).toBe(PARAMS.classStart.disruption);
    expect(state.clashes).toEqual([]);
  });

  it('gives pupils the defaults from params, overridden by the starting state of the school year', () => {
    expect(pupil(state, 'lisa')).toMatchObject({ closeness: 0.3, conflict: 0, engagement: 0.5, contacts: 0, noted: false });
    expect(pupil(state, 'samir')).toMatchObject({ closeness: 0.6, conflict: 0.4, engagement: 0.5, vulnerable: true });
  });

  it('marks who takes part from the participants', () => {
    expect(pupil(state, 'lisa').takesPart).toBe(true);
    expect(pupil(state, 'ilias').takesPart).toBe(false);
  });

  it('derives similarity from shared interests (0.7, full at two) and the same temperament (0.3)', () => {
    expect(pupil(state, 'lisa').similarity).toBeCloseTo(1, 10); // two shared interests, same temperament
    expect(pupil(state, 'noor').similarity).toBeCloseTo(0.35, 10); // one shared interest: 0.7 · 1/2
    expect(pupil(state, 'ilias').similarity).toBe(0);
    expect(similarityTo(SETUP.profile, { interests: [], temperament: 'rustig' })).toBeCloseTo(0.3, 10);
  });
});

describe('applyAction: the teacher’s position', () => {
  it('moves P toward the behaviour with λ = 0.5 at the first decision', () => {
    const state = play([{ behaviour: { sturend: 1 }, target: 'klas' }]);
    expect(state.teacher.agency).toBeCloseTo(0.5 * a, 10);
    expect(state.teacher.communion).toBeCloseTo(0.5 * b, 10);
    expect(state.trajectory).toEqual([state.teacher]);
  });

  it('moves P more at the first decisions than once the relationship has settled (first impressions form fast)', () => {
    const fresh = createClassroom(SETUP);
    const settled = { ...fresh, decisions: 10 };
    const action: Action = { behaviour: { vriendelijk: 1 }, target: 'klas' };
    expect(applyAction(fresh, action).teacher.communion).toBeCloseTo(0.5 * a, 10);
    expect(applyAction(settled, action).teacher.communion).toBeCloseTo(0.2 * a, 10);
  });

  it('coercion buys half the agency of the same amount of sturend', () => {
    const imposing = play([{ behaviour: { dwingend: 1 }, target: 'klas' }]);
    const directing = play([{ behaviour: { sturend: 1 }, target: 'klas' }]);
    expect(imposing.teacher.agency).toBeCloseTo(directing.teacher.agency / 2, 10);
  });

  it('drifts P 5% toward the centre at a decision without behaviour, and adds no trajectory point', () => {
    const before = play([{ behaviour: { sturend: 1 }, target: 'klas' }]);
    const after = applyAction(before, { target: { adult: 'mentor' }, minutes: 5 });
    expect(after.teacher.agency).toBeCloseTo(0.95 * before.teacher.agency, 10);
    expect(after.teacher.communion).toBeCloseTo(0.95 * before.teacher.communion, 10);
    expect(after.trajectory).toHaveLength(1);
    expect(after.decisions).toBe(2);
  });

  it('lets a wink nudge P toward vriendelijk instead of pulling it toward the centre', () => {
    const warm = play([{ behaviour: { vriendelijk: 1 }, target: 'klas' }]);
    const winked = applyAction(warm, { behaviour: { vriendelijk: 0.3 }, target: 'klas' });
    expect(winked.teacher.communion).toBeGreaterThan(warm.teacher.communion);
  });
});

describe('applyAction: individual contact', () => {
  const greet = (id: string): Action => ({ behaviour: { sturend: 0.5, vriendelijk: 0.5 }, target: { pupils: [id] }, minutes: 1 });

  it('raises closeness by α(1 − C) and resets the count of decisions since contact', () => {
    const state = play([greet('lisa')]);
    expect(pupil(state, 'lisa').closeness).toBeCloseTo(0.3 + 0.2 * 0.7, 10); // 0.44
    expect(pupil(state, 'lisa').contacts).toBe(1);
    expect(pupil(state, 'lisa').decisionsSinceContact).toBe(0);
  });

  it('gives a vulnerable pupil more closeness from the same contact: α(1 + r)(1 − C) with r = 0.5', () => {
    const state = play([greet('lisa'), greet('samir')]);
    const lisaGain = pupil(state, 'lisa').closeness - 0.3;
    const samirGain = pupil(state, 'samir').closeness - 0.3;
    expect(lisaGain).toBeCloseTo(0.14, 10); // 0.2 · 0.7
    expect(samirGain).toBeCloseTo(0.21, 10); // 0.2 · 1.5 · 0.7
    expect(samirGain).toBeGreaterThan(lisaGain);
  });

  it('counts the decisions others go without contact, and the longest such stretch', () => {
    const state = play([greet('lisa'), greet('noor'), greet('noor'), greet('lisa')]);
    expect(pupil(state, 'lisa')).toMatchObject({ decisionsSinceContact: 0, longestWithoutContact: 2, contacts: 2 });
    expect(pupil(state, 'samir')).toMatchObject({ decisionsSinceContact: 4, longestWithoutContact: 4, contacts: 0 });
  });

  it('is no contact when the behaviour is cold, aimed at the class, or absent', () => {
    const state = play([
      { behaviour: { ontevreden: 1 }, target: { pupils: ['lisa'] } },
      { behaviour: { vriendelijk: 1 }, target: 'klas' },
      { target: { pupils: ['lisa'] } },
    ]);
    expect(pupil(state, 'lisa').contacts).toBe(0);
  });

  it('lets warmth towards the whole class bring everyone a little closer: C += 0.03·M(1 − C)', () => {
    const state = play([{ behaviour: { vriendelijk: 1 }, target: 'klas' }]);
    expect(pupil(state, 'ilias').closeness).toBeCloseTo(0.3 + 0.03 * a * 0.7, 10);
  });

  it('ignores pupils who are not in the room', () => {
    const state = play([greet('nobody')]);
    expect(Object.keys(state.pupils)).toEqual(['lisa', 'samir', 'noor', 'ilias']);
  });
});

describe('applyAction: reprimand, norm and clash', () => {
  it('makes a public reprimand raise conflict by β(1 − K) and records a clash with the closeness before it', () => {
    const state = play([{ behaviour: { corrigerend: 1 }, target: { pupils: ['lisa'] } }]);
    expect(pupil(state, 'lisa').conflict).toBeCloseTo(0.3, 10);
    expect(pupil(state, 'lisa').closeness).toBe(0.3);
    expect(pupil(state, 'lisa').contacts).toBe(0);
    expect(state.clashes).toEqual([{ pupil: 'lisa', atDecision: 0, closenessBefore: 0.3, conflictBefore: 0, repaired: false }]);
  });

  it('treats dwingend-heavy behaviour at a pupil as a reprimand too, and an effect with clash: true as a clash', () => {
    const state = play([
      { behaviour: { dwingend: 0.6, sturend: 0.4 }, target: { pupils: ['noor'] } },
      { behaviour: { sturend: 1 }, target: 'klas', effects: [{ pupils: ['samir'], clash: true }] },
    ]);
    expect(state.clashes.map((clash) => [clash.pupil, clash.atDecision])).toEqual([
      ['noor', 0],
      ['samir', 1],
    ]);
  });

  it('lets a private describe–norm–practise calm the class without raising conflict', () => {
    const norm = play([{ behaviour: { sturend: 1 }, target: { pupils: ['lisa'] } }]);
    const toClass = play([{ behaviour: { sturend: 1 }, target: 'klas' }]);
    expect(pupil(norm, 'lisa').conflict).toBe(0);
    expect(norm.clashes).toEqual([]);
    expect(norm.disruption).toBeLessThan(toClass.disruption);
  });

  it('lets unrepaired conflict fade only slowly: 1% per decision', () => {
    const clash: Action = { behaviour: { corrigerend: 1 }, target: { pupils: ['lisa'] } };
    const state = play([clash, ...Array.from({ length: 10 }, (): Action => ({ minutes: 1 }))]);
    expect(pupil(state, 'lisa').conflict).toBeCloseTo(0.3 * 0.99 ** 10, 10);
  });
});

describe('applyAction: repair', () => {
  const clash: Action = { behaviour: { corrigerend: 1 }, target: { pupils: ['lisa'] } };
  const repair: Action = { behaviour: { begripvol: 1 }, target: { pupils: ['lisa'] }, effects: [{ pupils: ['lisa'], repair: true }] };

  it('lowers conflict: 70% of what the clash added goes, and the clash counts as repaired in time', () => {
    const state = play([clash, repair]);
    expect(pupil(state, 'lisa').conflict).toBeCloseTo(0.3 * 0.99 * 0.3, 10); // faded, then 30% of the excess stays
    expect(state.clashes[0]?.repaired).toBe(true);
  });

  it('never lifts closeness above what it was before the clash', () => {
    const hurtful: Action = { ...clash, effects: [{ pupils: ['lisa'], clash: true, closeness: -0.2 }] };
    const state = play([hurtful, repair]);
    // contact 0.1 → 0.28, repair would give 0.424: capped at the 0.3 before the clash
    expect(pupil(state, 'lisa').closeness).toBeCloseTo(0.3, 10);
  });

  it('never lowers conflict below what it was before the clash', () => {
    const carried = { ...SETUP, startingState: { lisa: { conflict: 0.6 } } };
    const state = play([clash, repair], carried);
    expect(pupil(state, 'lisa').conflict).toBeGreaterThanOrEqual(0.6);
  });

  it('helps less when late, and then does not count as repaired', () => {
    const wait = Array.from({ length: 7 }, (): Action => ({ minutes: 1 }));
    const late = play([clash, ...wait, repair]);
    const conflictBeforeRepair = 0.3 * 0.99 ** 8; // faded at the 7 waits and at the repair itself
    expect(pupil(late, 'lisa').conflict).toBeCloseTo(conflictBeforeRepair * 0.65, 10);
    expect(late.clashes[0]?.repaired).toBe(false);
  });

  it('does nothing to conflict without an open clash', () => {
    const carried = { ...SETUP, startingState: { lisa: { conflict: 0.5 } } };
    const state = play([repair], carried);
    expect(pupil(state, 'lisa').conflict).toBeCloseTo(0.5 * 0.99, 10);
  });
});

describe('applyAction: direct effects', () => {
  it('adds the deltas and clamps them to [0, 1]; klas means everyone', () => {
    const state = play([
      { effects: [{ pupils: ['lisa'], closeness: 1, conflict: -1 }, { pupils: 'klas', engagement: 1 }] },
    ]);
    expect(pupil(state, 'lisa').closeness).toBe(1);
    expect(pupil(state, 'lisa').conflict).toBe(0);
    for (const id of ['lisa', 'samir', 'noor', 'ilias']) expect(pupil(state, id).engagement).toBe(1);
  });

  it('sets noted (the 16:00 note)', () => {
    const state = play([{ effects: [{ pupils: ['noor'], noted: true }] }]);
    expect(pupil(state, 'noor').noted).toBe(true);
    expect(pupil(state, 'lisa').noted).toBe(false);
  });
});

describe('applyAction: the class’s response and the lesson', () => {
  it('responds by complementarity: warmth raises engagement, leading lowers disruption, uncertainty raises it', () => {
    const warm = play([{ behaviour: { vriendelijk: 1 }, target: 'klas' }]);
    const cold = play([{ behaviour: { ontevreden: 1 }, target: 'klas' }]);
    const leading = play([{ behaviour: { sturend: 1 }, target: 'klas' }]);
    const uncertain = play([{ behaviour: { onzeker: 1 }, target: 'klas' }]);
    expect(pupil(warm, 'lisa').engagement).toBeGreaterThan(pupil(cold, 'lisa').engagement);
    expect(leading.disruption).toBeLessThan(PARAMS.classStart.disruption);
    expect(uncertain.disruption).toBeGreaterThan(PARAMS.classStart.disruption);
  });

  it('lowers engagement with conflict', () => {
    const state = play([{ behaviour: { corrigerend: 1 }, target: { pupils: ['lisa'] } }]);
    expect(pupil(state, 'lisa').engagement).toBeLessThan(pupil(state, 'noor').engagement);
  });

  it('uses the minutes and lets learning progress only while minutes pass, at most to the end of the lesson', () => {
    const state = play([{ behaviour: { sturend: 1 }, target: 'klas', minutes: 20 }, { behaviour: { sturend: 1 }, target: 'klas' }]);
    expect(state.minutesUsed).toBe(20);
    const afterFirst = play([{ behaviour: { sturend: 1 }, target: 'klas', minutes: 20 }]);
    expect(afterFirst.progress).toBeGreaterThan(0);
    expect(state.progress).toBe(afterFirst.progress);
    expect(play([{ minutes: 45 }, { minutes: 45 }]).minutesUsed).toBe(50);
  });

  it('teaches more in the same minutes to an engaged, calm class than to a restless one', () => {
    const calm = play([{ behaviour: { sturend: 0.5, vriendelijk: 0.5 }, target: 'klas', minutes: 10 }]);
    const chaos = play([{ behaviour: { onzeker: 1 }, target: 'klas', minutes: 10 }]);
    expect(calm.progress).toBeGreaterThan(chaos.progress);
  });

  it('counts every decision', () => {
    expect(play([{}, { behaviour: { sturend: 1 } }, { minutes: 3 }]).decisions).toBe(3);
  });

  it('never changes the state it is given', () => {
    const start = play([{ behaviour: { corrigerend: 1 }, target: { pupils: ['lisa'] } }]);
    const copy = structuredClone(start);
    applyAction(start, {
      behaviour: { begripvol: 1 },
      target: { pupils: ['lisa'] },
      minutes: 5,
      effects: [{ pupils: 'klas', closeness: 0.1, engagement: 0.2, noted: true, repair: true }],
    });
    expect(start).toEqual(copy);
  });
});

describe('a contact with every pupil in turn (target iedereen)', () => {
  it('counts as an individual contact for each pupil, at half the gain of a contact with one pupil', () => {
    const greeting: Action = { behaviour: { sturend: 0.5, vriendelijk: 0.5 }, target: 'iedereen' };
    const state = play([greeting]);
    for (const id of ['lisa', 'noor', 'ilias']) {
      // C = 0.3 + 0.5 · 0.2 · (1 − 0.3) = 0.37, before the small warmth that only 'klas' brings
      expect(pupil(state, id).contacts).toBe(1);
      expect(pupil(state, id).closeness).toBeCloseTo(0.3 + 0.5 * 0.2 * 0.7, 6);
      expect(pupil(state, id).decisionsSinceContact).toBe(0);
    }
    // Samir is vulnerable: 0.3 + 0.5 · 0.2 · 1.5 · 0.7
    expect(pupil(state, 'samir').closeness).toBeCloseTo(0.3 + 0.5 * 0.2 * 1.5 * 0.7, 6);
    const one = play([{ ...greeting, target: { pupils: ['lisa'] } }]);
    expect(pupil(one, 'lisa').closeness - 0.3).toBeCloseTo(2 * (pupil(state, 'lisa').closeness - 0.3), 6);
  });
});
