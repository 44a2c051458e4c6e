/**
 * Policy tests on every shipped scenario (issue: structure and closeness, together, win). From the
 * enumerated paths: the best one ends with agency and communion both above 0.3; playing strict-cold,
 * warm-permissive or hesitant at every decision scores at least 20 points below the best.
 */
import { describe, expect, it } from 'vitest';
import { enumeratePaths, NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { hesitantPolicy, strictColdPolicy, warmPermissivePolicy } from '../../src/core/paths/policies.ts';
import { playWith } from '../../src/core/paths/randomPlay.ts';
import { scoreLesson } from '../../src/core/scoring/score.ts';
import { isFinished, type Run } from '../../src/core/session/run.ts';
import { shippedScenarios } from '../support/engineFixture.ts';

const score = (run: Run) => scoreLesson(run.snapshot.context.classroom);

describe.each(shippedScenarios())('$scenario.id', (compiled) => {
  const enumeration = enumeratePaths(compiled, NEUTRAL_OPTIONS, { maxPaths: 5_000, maxSteps: 200, randomWalks: 500, beamWidth: 100 });
  const best = enumeration.finished.reduce((top, run) => (score(run).total > score(top).total ? run : top));
  const bestScore = score(best);

  it('has a best path that combines structure and closeness (A > 0.3, M > 0.3)', () => {
    expect(bestScore.meanPosition.agency).toBeGreaterThan(0.3);
    expect(bestScore.meanPosition.communion).toBeGreaterThan(0.3);
  });

  for (const [name, policy] of [
    ['strict-cold', strictColdPolicy],
    ['warm-permissive', warmPermissivePolicy],
    ['hesitant', hesitantPolicy],
  ] as const) {
    it(`scores at least 20 below the best when played ${name}`, () => {
      const run = playWith(compiled, NEUTRAL_OPTIONS, policy(compiled));
      expect(isFinished(run)).toBe(true);
      expect(score(run).total).toBeLessThanOrEqual(bestScore.total - 20);
    });
  }
});
