/**
 * `klasdeur simulate FILE --runs N --seed S [--json]`: seeded random playthroughs; the spread of the
 * score (min, median, max) and how often each ending was reached.
 */
import { NEUTRAL_OPTIONS } from '../core/paths/enumerate.ts';
import { randomPlaythroughs } from '../core/paths/randomPlay.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { loadOneScenario } from './loadOne.ts';
import { summarise } from './pathSummary.ts';

export function runSimulate(file: string | undefined, flags: { json: boolean; lang: Language; runs: number; seed: number }): number {
  const compiled = loadOneScenario(file, flags.lang);
  if (!compiled) return 1;
  const runs = randomPlaythroughs(compiled, NEUTRAL_OPTIONS, flags.runs, flags.seed).map((run) => summarise(compiled, run));
  const scores = runs.map((run) => run.score).sort((a, b) => a - b);
  const middle = scores.length % 2 === 1 ? scores[(scores.length - 1) / 2]! : (scores[scores.length / 2 - 1]! + scores[scores.length / 2]!) / 2;
  // Scores are shown to one decimal; the mean of two of them is rounded the same way (no 34.849999999999994).
  const median = Math.round(middle * 10) / 10;
  const endings: Record<string, number> = Object.fromEntries(Object.keys(compiled.scenario.endings).map((id) => [id, 0]));
  for (const run of runs) if (run.ending) endings[run.ending] = (endings[run.ending] ?? 0) + 1;
  const unfinished = runs.filter((run) => run.ending === null).length;
  const result = { scenario: compiled.scenario.id, runs: runs.length, seed: flags.seed, score: { min: scores[0], median, max: scores.at(-1) }, endings, unfinished };
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const nl = flags.lang === 'nl';
  process.stdout.write(
    `${nl ? `${result.runs} willekeurige speelbeurten (seed ${result.seed})` : `${result.runs} random playthroughs (seed ${result.seed})`}\n` +
      `score: min ${result.score.min}, ${nl ? 'mediaan' : 'median'} ${result.score.median}, max ${result.score.max}\n` +
      `${nl ? 'eindes' : 'endings'}:\n${Object.entries(endings)
        .map(([id, count]) => `  ${id}: ${count}`)
        .join('\n')}\n` +
      (unfinished > 0 ? `${nl ? 'niet afgemaakt' : 'unfinished'}: ${unfinished}\n` : ''),
  );
  return 0;
}
