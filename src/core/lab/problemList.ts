/**
 * The lab's list of problems as the lecturer reads it while typing: the checker's errors and warnings and,
 * once they are done, those of the path checks, in one list: the errors first (they keep the scenario
 * from being played), then the warnings, each in the order of the file, each once, and each on a line
 * the editor has (a problem placed past the end, as for an empty file, goes on the last line). Also which
 * lines to mark, an error's mark winning over a warning's. A run of the same warning on many lines (a
 * Dutch-only file: no English anywhere) can be gathered into one entry that names the other lines. Pure.
 */
import type { Problem, Severity } from '../scenario/problems.ts';

export interface ProblemItem {
  severity: Severity;
  line: number;
  column: number;
  message: string;
  /** The field path (`beats.deur.choices[0].next`), empty for a problem with the file as a whole. */
  path: string;
  code: string;
  /** The first check (shape and references) or the path checks. */
  from: 'file' | 'paths';
}

export interface ProblemTally {
  errors: number;
  warnings: number;
}

export function problemList(
  file: { errors: readonly Problem[]; warnings: readonly Problem[] },
  paths: readonly Problem[] | undefined,
  lineCount: number,
): ProblemItem[] {
  const lastLine = Math.max(1, lineCount);
  const seen = new Set<string>();
  const items: ProblemItem[] = [];
  const add = (problem: Problem, from: ProblemItem['from']) => {
    const line = Math.min(lastLine, Math.max(1, Math.trunc(problem.line) || 1));
    const column = Math.max(1, Math.trunc(problem.column) || 1);
    const key = `${problem.severity}|${line}|${column}|${problem.code}|${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ severity: problem.severity, line, column, message: problem.message, path: problem.path, code: problem.code, from });
  };
  for (const problem of [...file.errors, ...file.warnings]) add(problem, 'file');
  for (const problem of paths ?? []) add(problem, 'paths');
  const rank = (severity: Severity) => (severity === 'error' ? 0 : 1);
  return items.sort((a, b) => rank(a.severity) - rank(b.severity) || a.line - b.line || a.column - b.column);
}

export function tallyOf(items: readonly ProblemItem[]): ProblemTally {
  const errors = items.filter((item) => item.severity === 'error').length;
  return { errors, warnings: items.length - errors };
}

/** Each line with a problem and the gravest severity on it. */
export function markedLines(items: readonly ProblemItem[]): Map<number, Severity> {
  const lines = new Map<number, Severity>();
  for (const item of items) if (lines.get(item.line) !== 'error') lines.set(item.line, item.severity);
  return lines;
}

/** Warnings that a Dutch-only file has on every text: listed once. */
const GATHERED = new Set(['missing-english']);

export interface ShownProblem extends ProblemItem {
  /** Further lines with the same warning. */
  alsoAt: number[];
}

/** The items as listed: each gathered warning once, on its first line, with the lines after it. */
export function gatherProblems(items: readonly ProblemItem[]): ShownProblem[] {
  const shown: ShownProblem[] = [];
  const firstOf = new Map<string, ShownProblem>();
  for (const item of items) {
    const gathered = GATHERED.has(item.code) ? firstOf.get(item.code) : undefined;
    if (gathered) {
      gathered.alsoAt.push(item.line);
      continue;
    }
    const entry: ShownProblem = { ...item, alsoAt: [] };
    if (GATHERED.has(item.code)) firstOf.set(item.code, entry);
    shown.push(entry);
  }
  return shown;
}
