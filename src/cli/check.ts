/**
 * `klasdeur check`: finds the scenario and cast files under the given paths, reads them, and judges each
 * with the core loader. Casts are read first so scenarios can name them: the shipped casts are always
 * known, and so are casts beside a given file, so a lecturer's own scenario can use either. Also used by the build, which
 * refuses to ship a scenario that does not pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphFindings } from '../core/paths/graphChecks.ts';
import { enumeratePaths, NEUTRAL_OPTIONS } from '../core/paths/enumerate.ts';
import { compileScenario } from '../core/scenario/compile.ts';
import { loadFile, placeFindings, type FileKind, type LoadedFile } from '../core/scenario/load.ts';
import { fileProblem, type Finding, type Problem } from '../core/scenario/problems.ts';
import { closestWord } from '../core/scenario/hints.ts';
import type { Cast, Scenario, SchoolYear } from '../core/scenario/schema.ts';
import type { Language } from '../core/scenario/vocabulary.ts';

export type { Problem };

export interface FileReport {
  file: string;
  kind: FileKind;
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  scenario?: Scenario;
  cast?: Cast;
  year?: SchoolYear;
}

export interface CheckReport {
  ok: boolean;
  files: FileReport[];
  /** Every cast known during the check, by id (shipped ones and those among the files). */
  casts: Map<string, Cast>;
}

export interface CheckOptions {
  lenient?: boolean;
  lang?: Language;
  /** Also compile each scenario and walk its paths (unreachable beats, dead ends …). Off for the build. */
  graph?: boolean;
}

/** The folder of the shipped scenarios (this package's scenarios/). */
export const SHIPPED_SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/** Every YAML file under a folder, in a stable order; hidden folders and node_modules are skipped. */
function yamlFilesUnder(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...yamlFilesUnder(path));
    else if (entry.isFile() && isYaml(entry.name)) found.push(path);
  }
  return found;
}

export function checkPaths(paths: string[], options: CheckOptions = {}): CheckReport {
  const lang = options.lang ?? 'nl';
  const reports: FileReport[] = [];
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) {
      reports.push(failed(path, fileProblem('file-not-found', lang)));
    } else if (statSync(path).isDirectory()) {
      const inFolder = yamlFilesUnder(path);
      if (inFolder.length === 0) reports.push(failed(path, fileProblem('no-yaml-files', lang)));
      files.push(...inFolder);
    } else {
      files.push(path);
    }
  }

  const contents = new Map<string, Uint8Array>();
  for (const file of new Set(files.map((f) => resolve(f)))) {
    try {
      contents.set(file, readFileSync(file));
    } catch (error) {
      reports.push(failed(file, fileProblem('unreadable', lang, { detail: (error as Error).message })));
    }
  }

  // Casts first: the shipped ones, those beside the given files, then those among the given files
  // (later ones win on the same id).
  const casts = new Map<string, Cast>();
  const castFolders = new Set([join(SHIPPED_SCENARIOS, 'casts'), ...[...contents.keys()].flatMap((file) => [dirname(file), join(dirname(file), 'casts')])]);
  const nearbyFiles = [...castFolders].filter((folder) => existsSync(folder)).flatMap((folder) =>
    readdirSync(folder)
      .filter(isYaml)
      .map((name) => join(folder, name)),
  );
  for (const file of nearbyFiles) {
    if (contents.has(resolve(file))) continue;
    const loaded = loadFile(readFileSync(file), { lang });
    if (loaded.cast) casts.set(loaded.cast.id, loaded.cast);
  }
  const firstPass = new Map([...contents].map(([file, bytes]) => [file, loadFile(bytes, { lang, lenient: options.lenient })]));
  for (const loaded of firstPass.values()) if (loaded.cast) casts.set(loaded.cast.id, loaded.cast);

  for (const [file, bytes] of contents) {
    const first = firstPass.get(file)!;
    const loaded = first.kind === 'scenario' || first.kind === 'year' ? loadFile(bytes, { lang, lenient: options.lenient, casts }) : first;
    reports.push({ file: displayName(file), ...(options.graph ? withGraphChecks(loaded, bytes, casts, lang) : loaded) });
  }
  const checkedYears = reports.map((report) => withChapterChecks(report, reports, contents, lang));
  return { ok: checkedYears.every((report) => report.ok), files: checkedYears, casts };
}

/**
 * A school year's chapters name scenarios in other files: each must be among the checked files, beside
 * the year, or shipped; load without errors; and play on the year's cast.
 */
let lookingUpShipped = false;

function withChapterChecks(report: FileReport, reports: FileReport[], contents: Map<string, Uint8Array>, lang: Language): FileReport {
  const year = report.year;
  if (!year) return report;
  const scenarios = new Map<string, Scenario>();
  for (const other of reports) if (other.scenario) scenarios.set(other.scenario.id, other.scenario);
  // A chapter not among the checked files may sit beside the year (or one folder up from a years/
  // folder), or be shipped: looked up once, not recursively.
  if (!lookingUpShipped && year.chapters.some((chapter) => !scenarios.has(chapter.scenario))) {
    const folder = dirname(resolve(report.file));
    const places = [folder, ...(basename(folder) === 'years' ? [dirname(folder)] : []), SHIPPED_SCENARIOS];
    lookingUpShipped = true;
    try {
      for (const found of checkPaths([...new Set(places)]).files) if (found.scenario && !scenarios.has(found.scenario.id)) scenarios.set(found.scenario.id, found.scenario);
    } finally {
      lookingUpShipped = false;
    }
  }
  const findings: Finding[] = [];
  year.chapters.forEach((chapter, i) => {
    const scenario = scenarios.get(chapter.scenario);
    if (!scenario) {
      findings.push({ code: 'unknown-scenario', path: ['chapters', i, 'scenario'], params: { target: chapter.scenario, ...hintOf(chapter.scenario, [...scenarios.keys()]) } });
    } else if (scenario.cast !== year.cast) {
      findings.push({ code: 'chapter-cast-mismatch', path: ['chapters', i, 'scenario'], params: { scenario: scenario.id, scenarioCast: scenario.cast, cast: year.cast } });
    }
  });
  if (findings.length === 0) return report;
  const bytes = [...contents].find(([file]) => displayName(file) === report.file)?.[1];
  const problems = placeFindings(bytes ? new TextDecoder().decode(bytes) : '', findings, lang);
  const errors = [...report.errors, ...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const { year: _year, ...withoutYear } = report;
  return { ...withoutYear, ok: false, errors };
}

/** A scenario that loads cleanly is compiled and every path walked: unreachable beats, dead ends, … */
function withGraphChecks(loaded: LoadedFile, bytes: Uint8Array, casts: Map<string, Cast>, lang: Language): LoadedFile {
  const cast = loaded.scenario ? casts.get(loaded.scenario.cast) : undefined;
  if (!loaded.scenario || !cast) return loaded;
  const compiled = compileScenario(loaded.scenario, cast);
  const problems = placeFindings(new TextDecoder().decode(bytes), graphFindings(compiled, enumeratePaths(compiled, NEUTRAL_OPTIONS)), lang);
  const inFileOrder = (a: Problem, b: Problem) => a.line - b.line || a.column - b.column;
  const errors = [...loaded.errors, ...problems.filter((p) => p.severity === 'error')].sort(inFileOrder);
  const warnings = [...loaded.warnings, ...problems.filter((p) => p.severity === 'warning')].sort(inFileOrder);
  return { ...loaded, ok: errors.length === 0, errors, warnings };
}

function hintOf(word: string, candidates: string[]): { hint?: string } {
  const hint = closestWord(word, candidates);
  return hint === undefined ? {} : { hint };
}

function failed(file: string, problem: Problem): FileReport {
  return { file: displayName(file), kind: 'unknown', ok: false, errors: [problem], warnings: [] };
}

function displayName(file: string): string {
  const shown = relative(process.cwd(), resolve(file));
  return shown.startsWith('..') ? resolve(file) : shown;
}
