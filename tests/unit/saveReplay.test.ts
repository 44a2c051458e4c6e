/**
 * Save and restore along a long seeded random play of a shipped scenario: after every step, the save
 * (through JSON, as storage would keep it) restores to a run whose view model is identical; and a
 * "what if" that rewinds to any decision and branches replays the shared prefix exactly.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { randomPolicy } from '../../src/core/paths/randomPlay.ts';
import { isFinished, possibleEvents, restoreRun, rewind, saveRun, startRun, step } from '../../src/core/session/run.ts';
import { viewOf } from '../../src/core/session/view.ts';
import { branchFrom, decisionsOf } from '../../src/core/session/whatIf.ts';
import { compileShipped } from '../support/engineFixture.ts';

const compiled = compileShipped('maandag-eerste-uur');

describe('save → restore', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives an identical view model after every step (seed ${seed})`, () => {
      const policy = randomPolicy(seed);
      let run = startRun(compiled, NEUTRAL_OPTIONS);
      let steps = 0;
      while (!isFinished(run)) {
        run = step(run, { ...policy(run, possibleEvents(run)), at: steps * 1500 })!;
        steps++;
        const restored = restoreRun(compiled, JSON.parse(JSON.stringify(saveRun(run))));
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        expect(viewOf(restored.run, 'nl')).toEqual(viewOf(run, 'nl'));
        expect(restored.run.snapshot.context).toEqual(run.snapshot.context);
      }
      expect(steps).toBeGreaterThanOrEqual(7);
    });
  }
});

describe('what if', () => {
  it('rewinds to a decision and takes another branch, keeping the shared prefix', () => {
    const policy = randomPolicy(7);
    let run = startRun(compiled, NEUTRAL_OPTIONS);
    while (!isFinished(run)) run = step(run, policy(run, possibleEvents(run)))!;
    const at = 2;
    const branchPoint = rewind(run, at);
    expect(branchPoint.events).toEqual(run.events.slice(0, at));
    const { at: _time, ...taken } = run.events[at]!;
    const other = possibleEvents(branchPoint).find((event) => JSON.stringify(event) !== JSON.stringify(taken));
    expect(other).toBeDefined();
    const branched = step(branchPoint, other!)!;
    expect(branched.events.slice(0, at)).toEqual(run.events.slice(0, at));
    expect(branched.events[at]).toEqual(other);
    expect(branched.events[at]).not.toEqual(taken);
  });
});

describe('decisions and branching for the debrief', () => {
  it('lists every decision with the options of that moment, and branches from one', () => {
    const policy = randomPolicy(11);
    let run = startRun(compiled, NEUTRAL_OPTIONS);
    while (!isFinished(run)) run = step(run, policy(run, possibleEvents(run)))!;
    const decisions = decisionsOf(run, 'nl', 'Niets doen');
    expect(decisions.length).toBe(run.snapshot.context.chosen.length);
    const first = decisions[0]!;
    expect(first.chosen.length).toBeGreaterThan(0);
    expect(first.others.length).toBeGreaterThan(0);
    const branched = branchFrom(run, first.eventIndex, first.others[0]!.key)!;
    expect(branched.events).toHaveLength(first.eventIndex + 1);
    expect(branched.snapshot.context.chosen[0]).not.toBe(run.snapshot.context.chosen[0]);
    expect(branchFrom(run, first.eventIndex, '{"type":"choice.select","index":99}')).toBeUndefined();
  });
});
