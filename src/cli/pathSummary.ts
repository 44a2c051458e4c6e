/**
 * A finished run as the `paths` and `simulate` commands report it: the decisions (beat, choice,
 * behaviour), the ending, the score and the mean position on the circle.
 */
import { decisionSource, type CompiledScenario } from '../core/scenario/compile.ts';
import type { Behaviour } from '../core/scenario/schema.ts';
import { scoreLesson } from '../core/scoring/score.ts';
import type { Run } from '../core/session/run.ts';

export interface PathSummary {
  choices: { beat: string; choice: string; behaviour: Behaviour }[];
  ending: string | null;
  score: number;
  agency: number;
  communion: number;
}

const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

export function summarise(compiled: CompiledScenario, run: Run): PathSummary {
  const score = scoreLesson(run.snapshot.context.classroom);
  return {
    choices: run.snapshot.context.chosen.map((key) => {
      const [beat = '', choice = ''] = key.split('/');
      return { beat, choice, behaviour: decisionSource(compiled, key)?.behaviour ?? {} };
    }),
    ending: run.snapshot.context.ending,
    score: round(score.total, 1),
    agency: round(score.meanPosition.agency),
    communion: round(score.meanPosition.communion),
  };
}
