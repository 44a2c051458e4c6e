/**
 * Reads one scenario or cast file, given as bytes or text, and judges it: refuses what is not a small
 * UTF-8 YAML text, parses with positions, checks the shape (schema.ts) and the references (crossref.ts),
 * and places every problem on a line and column. Never throws: whatever the input, the answer is a
 * `LoadedFile` whose problems say what is wrong. Pure: the caller reads the file.
 */
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { crossCheckCast, crossCheckScenario, crossCheckYear } from './crossref.ts';
import { locate } from './locate.ts';
import { describe, fileProblem, formatPath, type Finding, type PathPart, type Problem } from './problems.ts';
import { Cast, Scenario, SchoolYear } from './schema.ts';
import { schemaFindings } from './schemaFindings.ts';
import type { Language } from './vocabulary.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
/** Aliases a file may expand; more is refused as an alias bomb ("billion laughs"). */
export const MAX_ALIASES = 100;

export type FileKind = 'scenario' | 'cast' | 'year' | 'unknown';

export interface LoadOptions {
  /** Message language. */
  lang?: Language;
  /** A lecturer's own file: a missing English text is a warning, not an error. */
  lenient?: boolean;
  /** The casts a scenario may name, by id. */
  casts?: ReadonlyMap<string, Cast>;
}

export interface LoadedFile {
  kind: FileKind;
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** Set when the file is a scenario without errors. */
  scenario?: Scenario;
  /** Set when the file is a cast without errors. */
  cast?: Cast;
  /** Set when the file is a school year without errors. */
  year?: SchoolYear;
}

export function loadFile(input: string | Uint8Array, options: LoadOptions = {}): LoadedFile {
  const lang = options.lang ?? 'nl';
  try {
    return judge(input, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return result('unknown', [fileProblem('internal', lang, { detail })]);
  }
}

function judge(input: string | Uint8Array, options: LoadOptions): LoadedFile {
  const lang = options.lang ?? 'nl';
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_FILE_BYTES) {
    return result('unknown', [fileProblem('file-too-large', lang, { size: `${(bytes.length / 1024 / 1024).toFixed(1)} MB` })]);
  }
  if (bytes.includes(0)) return result('unknown', [fileProblem('not-text', lang)]);
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return result('unknown', [fileProblem('not-text', lang)]);
  }
  text = text.replace(/^\uFEFF/, '');

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return result('unknown', doc.errors.map((error) => yamlProblem(error, text, lang)));
  }
  if (doc.contents === null) return result('unknown', [fileProblem('empty-file', lang)]);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const code = error instanceof ReferenceError ? 'alias-bomb' : 'too-deep';
    return result('unknown', [firstAliasProblem(doc, lines, code, lang)]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return result('unknown', [place({ code: 'not-a-map', path: [] }, doc, lines, lang)]);
  }

  const kind: FileKind = 'beats' in data ? 'scenario' : 'pupils' in data ? 'cast' : 'chapters' in data ? 'year' : 'scenario';
  const schema = kind === 'cast' ? Cast : kind === 'year' ? SchoolYear : Scenario;
  const parsed = schema.safeParse(data);
  const shapeFindings = parsed.success ? [] : schemaFindings(parsed.error.issues, data, schema);
  const lenient = options.lenient ?? false;
  const castId = kind === 'scenario' ? (data as { cast?: unknown }).cast : undefined;
  const referenceFindings =
    kind === 'cast'
      ? crossCheckCast(data, lenient)
      : kind === 'year'
        ? crossCheckYear(data, { knownCasts: [...(options.casts?.keys() ?? [])], lenient })
        : crossCheckScenario(data, {
          cast: typeof castId === 'string' ? options.casts?.get(castId) : undefined,
          knownCasts: [...(options.casts?.keys() ?? [])],
          lenient,
        });
  // A reference finding about a part whose shape is already wrong would be a second report of one mistake.
  const related = (a: PathPart[], b: PathPart[]) => startsWith(a, b) || startsWith(b, a);
  const freshReferences = referenceFindings.filter((ref) => !shapeFindings.some((shape) => related(ref.path, shape.path)));

  const problems = [...shapeFindings, ...freshReferences].map((finding) => place(finding, doc, lines, lang));
  const loaded = result(kind, problems);
  if (loaded.ok && parsed.success) {
    if (kind === 'cast') loaded.cast = parsed.data as Cast;
    else if (kind === 'year') loaded.year = parsed.data as SchoolYear;
    else loaded.scenario = parsed.data as Scenario;
  }
  return loaded;
}

/** Places findings made after loading (the graph checks) on the lines of the same text. */
export function placeFindings(text: string, findings: readonly Finding[], lang: Language = 'nl'): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines });
  return findings.map((finding) => place(finding, doc, lines, lang));
}

function result(kind: FileKind, problems: Problem[]): LoadedFile {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const errors = sorted.filter((problem) => problem.severity === 'error');
  return { kind, ok: errors.length === 0, errors, warnings: sorted.filter((problem) => problem.severity === 'warning') };
}

function startsWith(path: readonly PathPart[], prefix: readonly PathPart[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

function place(finding: Finding, doc: Document, lines: LineCounter, lang: Language): Problem {
  const { line, column } = locate(doc, lines, finding.path, finding.atKey);
  return {
    line,
    column,
    path: formatPath(finding.path),
    message: describe(finding.code, finding.params, lang),
    code: finding.code,
    severity: finding.severity ?? 'error',
  };
}

function yamlProblem(error: { code: string; message: string; linePos?: [{ line: number; col: number }, ...unknown[]] }, text: string, lang: Language): Problem {
  const position = error.linePos?.[0] ?? { line: 1, col: 1 };
  const base = { line: position.line, column: position.col, path: '', severity: 'error' as const };
  if (error.code === 'DUPLICATE_KEY') {
    const key = duplicateKeyAt(text, position.line, position.col);
    return { ...base, code: 'duplicate-key', message: describe('duplicate-key', { key }, lang) };
  }
  // yaml's own message, first line only: the rest is a picture of the line that our position already gives.
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code;
  return { ...base, code: 'yaml-syntax', message: describe('yaml-syntax', { detail }, lang) };
}

/** The key written at a line and column (yaml reports the position, not the key). */
function duplicateKeyAt(text: string, line: number, column: number): string {
  const source = text.split(/\r?\n/)[line - 1] ?? '';
  const match = /^\s*(?:-\s+)?["']?([^"':]+)["']?\s*:/.exec(source.slice(Math.max(0, column - 1))) ?? /([^\s"':]+)\s*:/.exec(source);
  return match?.[1]?.trim() ?? '?';
}

/** Where the first alias (*name) stands: an alias bomb is reported there. */
function firstAliasProblem(doc: Document, lines: LineCounter, code: 'alias-bomb' | 'too-deep', lang: Language): Problem {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  const { line, col } = lines.linePos(offset);
  return { ...fileProblem(code, lang), line, column: col };
}
