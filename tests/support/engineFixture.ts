/**
 * Loads and compiles a scenario from tests/fixtures for the engine tests, failing loudly when the
 * fixture does not pass the checker.
 */
import { resolve } from 'node:path';
import { checkPaths } from '../../src/cli/check.ts';
import { compileScenario, type CompiledScenario } from '../../src/core/scenario/compile.ts';

export function compileFixture(relativePath: string): CompiledScenario {
  const file = resolve(new URL('../fixtures/', import.meta.url).pathname, relativePath);
  const report = checkPaths([file]);
  const [loaded] = report.files;
  if (!loaded?.scenario) throw new Error(`${relativePath}: ${JSON.stringify(loaded?.errors)}`);
  return compileScenario(loaded.scenario, report.casts.get(loaded.scenario.cast)!);
}

export function compileShipped(id: string): CompiledScenario {
  const report = checkPaths([new URL('../../scenarios/', import.meta.url).pathname]);
  const loaded = report.files.find((file) => file.scenario?.id === id);
  if (!loaded?.scenario) throw new Error(`no shipped scenario '${id}'`);
  return compileScenario(loaded.scenario, report.casts.get(loaded.scenario.cast)!);
}

/** Every shipped scenario, compiled. */
export function shippedScenarios(): CompiledScenario[] {
  const report = checkPaths([new URL('../../scenarios/', import.meta.url).pathname]);
  return report.files.flatMap((file) => (file.scenario ? [compileScenario(file.scenario, report.casts.get(file.scenario.cast)!)] : []));
}
