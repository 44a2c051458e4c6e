/**
 * Vite plugin that compiles the shipped scenarios into the virtual module `virtual:klasdeur/scenarios`.
 * It owns the step from scenarios/ (YAML, read in Node) to plain JSON in the player's bundle: the checker
 * (src/cli/check.ts) parses and validates every file, a failed check fails the build with one
 * `file:line:col: message` line per error, and each scenario is compiled (src/core/scenario/compile.ts)
 * to its machine config and content hash, so the bundle holds neither the YAML parser nor zod. In dev,
 * any change under scenarios/ reloads the page.
 * A second module, `virtual:klasdeur/scenario-sources`, holds the YAML text of each shipped scenario as
 * written (comments kept), for the scenario lab's "duplicate a situation"; only the lab imports it, so
 * the player never downloads it.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkPaths, type CheckReport, type Problem } from '../cli/check.ts';
import { compileScenario, type CompiledScenario } from '../core/scenario/compile.ts';
import type { SchoolYear } from '../core/scenario/schema.ts';

export const SCENARIOS_MODULE_ID = 'virtual:klasdeur/scenarios';
const RESOLVED_ID = `\0${SCENARIOS_MODULE_ID}`;
export const SOURCES_MODULE_ID = 'virtual:klasdeur/scenario-sources';
const RESOLVED_SOURCES_ID = `\0${SOURCES_MODULE_ID}`;
const YAML_FILE = /\.ya?ml$/i;

/** What the virtual module's default export holds; src/build/virtual-scenarios.d.ts declares the same. */
export interface ShippedScenarios {
  scenarios: CompiledScenario[];
  years: SchoolYear[];
}

/** A shipped scenario as its file holds it; src/build/virtual-scenario-sources.d.ts declares the same. */
export interface ScenarioSource {
  id: string;
  /** The file's name, without folders: `maandag-eerste-uur.yaml`. */
  file: string;
  title: { nl: string; en?: string };
  text: string;
}

/** One `file:line:col: message` line per problem, with the file relative to `root`. */
export function formatProblems(report: CheckReport, root: string, pick: 'errors' | 'warnings'): string[] {
  return report.files.flatMap((file) =>
    file[pick].map((problem: Problem) => {
      const name = isAbsolute(file.file) ? relative(root, file.file) : file.file;
      return `${name}:${problem.line}:${problem.column}: ${problem.message}`;
    }),
  );
}

/**
 * Checks every YAML file under `dir` (as `klasdeur check scenarios` does) and returns the data to ship and the
 * files it came from, or throws with every error as a line.
 */
export function loadShippedScenarios(
  dir: string,
  root: string,
): { data: ShippedScenarios; sources: ScenarioSource[]; files: string[]; warnings: string[] } {
  const report = checkPaths([dir]);
  if (!report.ok) {
    const lines = formatProblems(report, root, 'errors');
    throw new Error(`scenario check failed:\n${lines.join('\n') || '(the checker reported no details)'}`);
  }
  const scenarios = report.files.flatMap((file) => {
    const cast = file.scenario ? report.casts.get(file.scenario.cast) : undefined;
    return file.scenario && cast ? [compileScenario(file.scenario, cast)] : [];
  });
  const sources = report.files.flatMap((file) =>
    file.scenario ? [{ id: file.scenario.id, file: basename(file.file), title: file.scenario.title, text: readFileSync(resolve(file.file), 'utf8') }] : [],
  );
  return {
    data: { scenarios, years: report.files.flatMap((file) => (file.year ? [file.year] : [])) },
    sources,
    files: report.files.map((file) => resolve(file.file)),
    warnings: formatProblems(report, root, 'warnings'),
  };
}

export function scenariosPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = resolve(root, options.dir ?? 'scenarios');

  const isScenarioFile = (file: string) => {
    const inside = relative(dir, file);
    return !inside.startsWith('..') && !isAbsolute(inside) && YAML_FILE.test(file);
  };

  let checked: ReturnType<typeof loadShippedScenarios> | undefined;

  return {
    name: 'klasdeur:scenarios',

    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.dir ?? 'scenarios');
    },

    resolveId(id) {
      return id === SCENARIOS_MODULE_ID ? RESOLVED_ID : id === SOURCES_MODULE_ID ? RESOLVED_SOURCES_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SOURCES_ID) return undefined;
      let loaded;
      try {
        // Both modules come from one check of the folder (until a scenario file changes).
        loaded = checked ??= loadShippedScenarios(dir, root);
      } catch (error) {
        this.error({ message: error instanceof Error ? error.message : String(error), stack: '' });
      }
      for (const file of loaded.files) this.addWatchFile(file);
      if (id === RESOLVED_SOURCES_ID) return `export default ${JSON.stringify(loaded.sources)};\n`;
      for (const warning of loaded.warnings) this.warn(warning);
      return `export default ${JSON.stringify(loaded.data)};\n`;
    },

    // Any created, edited or deleted scenario file: rebuild the module and reload the page.
    hotUpdate({ file }) {
      if (!isScenarioFile(file)) return undefined;
      checked = undefined;
      for (const resolved of [RESOLVED_ID, RESOLVED_SOURCES_ID]) {
        const module = this.environment.moduleGraph.getModuleById(resolved);
        if (module) this.environment.moduleGraph.invalidateModule(module);
      }
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
