/**
 * Prints what `checkPaths` found: `file:line:col: message` per problem and a closing count, or the
 * report as JSON with --json. Exit code 1 when any file has an error.
 */
import { checkPaths, SHIPPED_SCENARIOS, type CheckReport } from './check.ts';
import type { Language } from '../core/scenario/vocabulary.ts';

export interface CheckFlags {
  json: boolean;
  lenient: boolean;
  lang: Language;
}

export function runCheck(paths: string[], flags: CheckFlags): number {
  const report = checkPaths(paths.length > 0 ? paths : [SHIPPED_SCENARIOS], { lenient: flags.lenient, lang: flags.lang, graph: true });
  process.stdout.write(flags.json ? `${JSON.stringify(asJson(report), null, 2)}\n` : asText(report, flags.lang));
  return report.ok ? 0 : 1;
}

function asJson(report: CheckReport) {
  const problem = ({ line, column, path, message, code }: CheckReport['files'][number]['errors'][number]) => ({
    line,
    column,
    path,
    message,
    code,
  });
  return {
    ok: report.ok,
    files: report.files.map((file) => ({
      file: file.file,
      kind: file.kind,
      ok: file.ok,
      errors: file.errors.map(problem),
      warnings: file.warnings.map(problem),
    })),
  };
}

function asText(report: CheckReport, lang: Language): string {
  const out: string[] = [];
  const warningWord = lang === 'nl' ? 'waarschuwing' : 'warning';
  for (const file of report.files) {
    const problems = [...file.errors, ...file.warnings].sort((a, b) => a.line - b.line || a.column - b.column);
    for (const problem of problems) {
      const prefix = problem.severity === 'warning' ? `${warningWord}: ` : '';
      out.push(`${file.file}:${problem.line}:${problem.column}: ${prefix}${problem.message}`);
    }
  }
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const errors = report.files.reduce((n, file) => n + file.errors.length, 0);
  const warnings = report.files.reduce((n, file) => n + file.warnings.length, 0);
  const failed = report.files.filter((file) => !file.ok).length;
  out.push(
    lang === 'nl'
      ? `${count(report.files.length, 'bestand', 'bestanden')} gecontroleerd: ${count(report.files.length - failed, 'in orde', 'in orde')}, ${count(failed, 'met fouten', 'met fouten')} (${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}).`
      : `${count(report.files.length, 'file', 'files')} checked: ${report.files.length - failed} fine, ${failed} with errors (${count(errors, 'error', 'errors')}, ${count(warnings, 'warning', 'warnings')}).`,
  );
  return `${out.join('\n')}\n`;
}
