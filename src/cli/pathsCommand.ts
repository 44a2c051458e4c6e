/**
 * `klasdeur paths FILE [--json]`: every distinct path through a scenario (depth-first, capped), each with
 * its choices, ending and final score. The text form puts one path on a line.
 */
import { DEFAULT_LIMITS, enumeratePaths, NEUTRAL_OPTIONS } from '../core/paths/enumerate.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { loadOneScenario } from './loadOne.ts';
import { summarise } from './pathSummary.ts';

export function runPaths(file: string | undefined, flags: { json: boolean; lang: Language; max?: number }): number {
  const compiled = loadOneScenario(file, flags.lang);
  if (!compiled) return 1;
  const limits = { ...DEFAULT_LIMITS, randomWalks: 0, ...(flags.max ? { maxPaths: flags.max } : {}) };
  // When capped, the list is the first maxPaths paths depth-first, plus the best ones a beam search found.
  const enumeration = enumeratePaths(compiled, NEUTRAL_OPTIONS, limits);
  const paths = enumeration.finished.map((run) => summarise(compiled, run));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ scenario: compiled.scenario.id, capped: enumeration.capped, paths })}\n`);
    return 0;
  }
  const nl = flags.lang === 'nl';
  paths.forEach((path, i) => {
    const steps = path.choices.map((choice) => `${choice.beat}:${choice.choice}`).join(' → ');
    process.stdout.write(`${i + 1}. ${steps} ⇒ ${path.ending} — score ${path.score} (A ${path.agency}, M ${path.communion})\n`);
  });
  const scores = paths.map((path) => path.score);
  process.stdout.write(
    nl
      ? `${paths.length} paden${enumeration.capped ? ` (gestopt bij ${limits.maxPaths}, aangevuld met de best scorende: er zijn er meer)` : ''}; score van ${Math.min(...scores)} tot ${Math.max(...scores)}.\n`
      : `${paths.length} paths${enumeration.capped ? ` (stopped at ${limits.maxPaths}, topped up with the best-scoring ones: there are more)` : ''}; scores from ${Math.min(...scores)} to ${Math.max(...scores)}.\n`,
  );
  return 0;
}
