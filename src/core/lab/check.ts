/**
 * What the scenario lab checks, in two steps, both pure (the lab runs them in a worker): first the file
 * as the CLI's checker reads a lecturer's own file (`lenient`: a missing English text is a warning, so a
 * Dutch-only file is accepted), which also compiles a scenario that passes; then, for a compiled scenario,
 * the path checks of `klasdeur check` (unreachable beats, dead ends, endings never reached), which walk
 * every path and take seconds on a large file. A cast or a school year is refused with one error: the lab
 * plays scenarios.
 */
import { enumeratePaths, NEUTRAL_OPTIONS } from '../paths/enumerate.ts';
import { graphFindings } from '../paths/graphChecks.ts';
import { compileScenario, type CompiledScenario } from '../scenario/compile.ts';
import { loadFile, placeFindings, type FileKind } from '../scenario/load.ts';
import { describe, type Problem } from '../scenario/problems.ts';
import type { Cast } from '../scenario/schema.ts';
import type { Language } from '../scenario/vocabulary.ts';

export interface LabCheck {
  kind: FileKind;
  errors: Problem[];
  warnings: Problem[];
  /** Set when the text is a scenario without errors whose cast is known. */
  compiled?: CompiledScenario;
}

export interface LabCheckOptions {
  lang: Language;
  casts: ReadonlyMap<string, Cast>;
}

export function checkLabText(text: string, { lang, casts }: LabCheckOptions): LabCheck {
  const loaded = loadFile(text, { lang, lenient: true, casts });
  if (loaded.ok && (loaded.kind === 'cast' || loaded.kind === 'year')) {
    const problem: Problem = {
      line: 1,
      column: 1,
      path: '',
      code: 'not-a-scenario',
      severity: 'error',
      message: describe('not-a-scenario', { kind: loaded.kind }, lang),
    };
    return { kind: loaded.kind, errors: [problem], warnings: loaded.warnings };
  }
  const cast = loaded.scenario ? casts.get(loaded.scenario.cast) : undefined;
  return {
    kind: loaded.kind,
    errors: loaded.errors,
    warnings: loaded.warnings,
    ...(loaded.scenario && cast ? { compiled: compileScenario(loaded.scenario, cast) } : {}),
  };
}

/** The path checks of a compiled scenario, placed on the lines of its text (errors and warnings mixed). */
export function checkLabPaths(text: string, compiled: CompiledScenario, lang: Language): Problem[] {
  return placeFindings(text, graphFindings(compiled, enumeratePaths(compiled, NEUTRAL_OPTIONS)), lang);
}
