/**
 * Loads and compiles one scenario file for the commands that play it (paths, simulate, play). Prints the
 * checker's errors and answers undefined when the file does not pass.
 */
import { compileScenario, type CompiledScenario } from '../core/scenario/compile.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { checkPaths } from './check.ts';

export function loadOneScenario(file: string | undefined, lang: Language): CompiledScenario | undefined {
  if (!file) {
    process.stderr.write(lang === 'nl' ? 'Geef een scenariobestand op.\n' : 'Name a scenario file.\n');
    return undefined;
  }
  const report = checkPaths([file], { lang, lenient: true });
  const [loaded] = report.files;
  if (!loaded?.ok || !loaded.scenario) {
    for (const problem of loaded?.errors ?? []) process.stderr.write(`${loaded?.file}:${problem.line}:${problem.column}: ${problem.message}\n`);
    if (loaded?.ok && !loaded.scenario) process.stderr.write(lang === 'nl' ? `${file} is geen scenario.\n` : `${file} is not a scenario.\n`);
    return undefined;
  }
  const cast = report.casts.get(loaded.scenario.cast);
  return cast ? compileScenario(loaded.scenario, cast) : undefined;
}
