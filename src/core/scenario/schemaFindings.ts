/**
 * Turns zod's issues for a scenario or cast into the checker's findings: one finding per mistake, in the
 * lecturer's words, with a hint where one helps. Owns the rules that keep one mistake from becoming many:
 * a union reports only the branch the lecturer meant; a field indented too far or too little is named as
 * such instead of as an unknown field plus a missing one.
 */
import { z } from 'zod';
import type { core } from 'zod';
import { closestWord } from './hints.ts';
import type { Finding, PathPart } from './problems.ts';
import { OCTANTS } from './vocabulary.ts';

type Issue = core.$ZodIssue;
type AnySchema = z.ZodType;

/** The value at a path of the raw data, or undefined. */
export function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Strips optional and lazy wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as AnySchema;
    else if (current instanceof z.ZodLazy) current = current.unwrap() as AnySchema;
    else return current;
  }
}

/** The object schemas a value at this path may be checked against (several below a union). */
function objectSchemasAt(root: AnySchema, path: readonly PathPart[]): z.ZodObject[] {
  let current: AnySchema[] = [root];
  for (const part of path) {
    const next: AnySchema[] = [];
    for (const schema of current.flatMap(expandUnion)) {
      if (schema instanceof z.ZodObject && typeof part === 'string' && part in schema.shape) {
        next.push(schema.shape[part] as AnySchema);
      } else if (schema instanceof z.ZodArray && typeof part === 'number') {
        next.push(schema.element as AnySchema);
      } else if (schema instanceof z.ZodRecord) {
        next.push(schema.valueType as AnySchema);
      }
    }
    current = next;
  }
  return current.flatMap(expandUnion).filter((schema): schema is z.ZodObject => schema instanceof z.ZodObject);
}

function expandUnion(schema: AnySchema): AnySchema[] {
  const plain = unwrap(schema);
  return plain instanceof z.ZodUnion ? (plain.options as AnySchema[]).flatMap(expandUnion) : [plain];
}

function keysAt(root: AnySchema, path: readonly PathPart[]): string[] {
  return [...new Set(objectSchemasAt(root, path).flatMap((schema) => Object.keys(schema.shape)))];
}

type Phrase = { nl: string; en: string };

/** What a lecturer calls the object at a path, for "is a field of a beat": named by what holds it. */
function ownerName(path: readonly PathPart[]): Phrase {
  const holder = path[path.length - 2];
  const names: Record<string, Phrase> = {
    beats: { nl: 'een beat', en: 'a beat' },
    endings: { nl: 'een einde', en: 'an ending' },
    incidents: { nl: 'een incident', en: 'an incident' },
    choices: { nl: 'een keuze', en: 'a choice' },
    pupils: { nl: 'een leerling', en: 'a pupil' },
    adults: { nl: 'een volwassene', en: 'an adult' },
    startingState: { nl: 'een beginstand', en: 'a starting state' },
  };
  if (typeof holder === 'string' && names[holder]) return names[holder];
  if (path.length === 0) return { nl: 'het bestand', en: 'the file' };
  const name = `'${String(path[path.length - 1])}'`;
  return { nl: name, en: name };
}

function describeType(value: unknown): Phrase {
  const both = (text: string) => ({ nl: text, en: text });
  if (value === null) return { nl: 'een lege waarde', en: 'an empty value' };
  if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
  if (typeof value === 'object') return { nl: 'een map met velden', en: 'a map of fields' };
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { nl: `de tekst '${shown}'`, en: `the text '${shown}'` };
  }
  if (typeof value === 'number') return { nl: `het getal ${value}`, en: `the number ${value}` };
  return both(String(value));
}

const expectedNames: Record<string, Phrase> = {
  string: { nl: 'een tekst', en: 'a text' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een map met velden', en: 'a map of fields' },
  record: { nl: 'een map met ids', en: 'a map of ids' },
};

/** What a union accepts, for a lecturer: "'klas', 'niemand' of een map met 'pupils' of 'adult'". */
function describeUnion(branches: readonly AnySchema[]): Phrase {
  const literals: string[] = [];
  const keys: string[] = [];
  let list = false;
  for (const branch of branches.flatMap(expandUnion)) {
    if (branch instanceof z.ZodEnum) literals.push(...branch.options.map((v) => `'${String(v)}'`));
    else if (branch instanceof z.ZodLiteral) literals.push(...[...branch.values].map((v) => `'${String(v)}'`));
    else if (branch instanceof z.ZodArray) list = true;
    else if (branch instanceof z.ZodObject) keys.push(...Object.keys(branch.shape).slice(0, 1));
  }
  const say = (lang: 'nl' | 'en') => {
    const parts = [...literals];
    const quotedKeys = keys.map((k) => `'${k}'`).join(lang === 'nl' ? ' of ' : ' or ');
    if (list) parts.push(lang === 'nl' ? 'een lijst' : 'a list');
    if (keys.length) parts.push(lang === 'nl' ? `een map met ${quotedKeys}` : `a map with ${quotedKeys}`);
    const or = lang === 'nl' ? ' of ' : ' or ';
    return parts.length <= 1 ? (parts[0] ?? '?') : `${parts.slice(0, -1).join(', ')}${or}${parts.at(-1)}`;
  };
  return { nl: say('nl'), en: say('en') };
}

export function schemaFindings(issues: readonly Issue[], data: unknown, root: AnySchema): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) findings.push(...issueFindings(issue, [], data, root));
  return mergeIndentMistakes(findings, data, root);
}

function issueFindings(issue: Issue, prefix: PathPart[], data: unknown, root: AnySchema): Finding[] {
  const path = [...prefix, ...(issue.path as PathPart[])];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        if (path.at(-1) === 'behaviour') {
          return {
            code: 'unknown-octant',
            path: keyPath,
            atKey: true,
            params: { key, allowed: OCTANTS.join(', '), ...withHint(key, OCTANTS) },
          } satisfies Finding;
        }
        // `{ nl: Allez, meneer! }`: the comma ended the text and 'meneer!' became a key without value.
        const holder = valueAt(data, path);
        if (isRecordObject(holder) && 'nl' in holder && holder[key] === null) {
          return { code: 'comma-in-text', path: keyPath, atKey: true, params: { key } } satisfies Finding;
        }
        return {
          code: 'unknown-field',
          path: keyPath,
          atKey: true,
          params: { key, ...withHint(key, keysAt(root, path)) },
        } satisfies Finding;
      });
    case 'invalid_type':
      if (value === undefined) return [{ code: 'missing-field', path, params: { key: String(path.at(-1)) } }];
      return [
        {
          code: 'wrong-type',
          path,
          params: { expected: expectedNames[issue.expected] ?? issue.expected, received: describeType(value) },
        },
      ];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [
        {
          code: 'bad-value',
          path,
          params: { value: String(value), allowed: allowed.join(', '), ...withHint(String(value), allowed) },
        },
      ];
    }
    case 'invalid_format':
      if (typeof value === 'string' && value.trim() === '') return [{ code: 'empty-text', path }];
      return [{ code: 'bad-id', path, params: { value: String(value) } }];
    case 'invalid_key':
      return [{ code: 'bad-id', path, atKey: true, params: { value: String(path.at(-1)) } }];
    case 'too_small':
      if (issue.origin === 'array') return [{ code: 'list-too-short', path, params: { minimum: Number(issue.minimum) } }];
      if (issue.origin === 'string') return [{ code: 'empty-text', path }];
      return [{ code: 'too-small', path, params: { minimum: Number(issue.minimum) } }];
    case 'too_big':
      if (issue.origin === 'array') return [{ code: 'list-too-long', path, params: { maximum: Number(issue.maximum) } }];
      return [{ code: 'too-big', path, params: { maximum: Number(issue.maximum) } }];
    case 'not_multiple_of':
      return [{ code: 'not-whole', path }];
    case 'invalid_union':
      return unionFindings(issue, path, value, data, root);
    default:
      return [{ code: 'internal', path, params: { detail: issue.message } }];
  }
}

/**
 * A union failed. Report the branch the lecturer meant: the one that accepts this kind of value and has
 * the fewest issues. When several object branches tie because the lecturer's key is unknown to all of
 * them, report that one key with a hint drawn from every branch.
 */
function unionFindings(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathPart[],
  value: unknown,
  data: unknown,
  root: AnySchema,
): Finding[] {
  const branches = issue.errors.filter(
    (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
  );
  const unionSchemas = objectSchemasAt(root, path);
  if (branches.length === 0) {
    const parentSchemas = unionAlternatives(root, path);
    return [{ code: 'union-mismatch', path, params: { expected: describeUnion(parentSchemas) } }];
  }
  const fewest = Math.min(...branches.map((branch) => branch.length));
  const best = branches.filter((branch) => branch.length === fewest);
  if (best.length > 1 && isRecordObject(value)) {
    const known = unionSchemas.flatMap((schema) => Object.keys(schema.shape));
    const unknown = Object.keys(value).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      return unknown.map((key) => ({
        code: 'union-unknown-field',
        path: [...path, key],
        atKey: true,
        params: { key, allowed: [...new Set(known)].join(', '), ...withHint(key, known) },
      }));
    }
  }
  return (best[0] ?? []).flatMap((inner) => issueFindings(inner, path, data, root));
}

/** The branches of the union schema found at a path (for describing what it accepts). */
function unionAlternatives(root: AnySchema, path: readonly PathPart[]): AnySchema[] {
  let current: AnySchema[] = [root];
  for (const part of path) {
    const next: AnySchema[] = [];
    for (const schema of current.flatMap(expandUnion)) {
      if (schema instanceof z.ZodObject && typeof part === 'string' && part in schema.shape) next.push(schema.shape[part] as AnySchema);
      else if (schema instanceof z.ZodArray && typeof part === 'number') next.push(schema.element as AnySchema);
      else if (schema instanceof z.ZodRecord) next.push(schema.valueType as AnySchema);
    }
    current = next;
  }
  return current.flatMap(expandUnion);
}

function withHint(word: string, candidates: Iterable<string>): { hint?: string } {
  const hint = closestWord(word, candidates);
  return hint === undefined ? {} : { hint };
}

function startsWith(path: readonly PathPart[], prefix: readonly PathPart[]): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}

/**
 * One indentation mistake, one finding:
 * - an id in a map of beats (or endings, incidents …) that is really a field of such an entry: the field
 *   was indented too little; everything zod says inside that "entry" is a consequence and is dropped;
 * - an unknown field that a map further up knows: it was indented too far; a "missing" report of the same
 *   field further up is the same mistake and is dropped;
 * - a missing field that stands in a map further up: it was indented too little;
 * - a mistyped field is not also reported as missing under its right name.
 */
function mergeIndentMistakes(findings: Finding[], data: unknown, root: AnySchema): Finding[] {
  // Entries of a record whose id is a field name of the record's entries.
  const misplaced: Finding[] = [];
  for (const finding of findings) {
    for (let depth = 1; depth <= finding.path.length; depth++) {
      const recordPath = finding.path.slice(0, depth - 1);
      const entryKey = finding.path[depth - 1];
      if (typeof entryKey !== 'string' || !isRecordObject(valueAt(data, recordPath))) continue;
      const entryKeys = keysAt(root, [...recordPath, '*']);
      const recordIsMap = objectSchemasAt(root, recordPath).length === 0 && entryKeys.length > 0;
      if (recordIsMap && entryKeys.includes(entryKey) && !misplaced.some((m) => startsWith(m.path, [...recordPath, entryKey]))) {
        misplaced.push({
          code: 'field-as-entry',
          path: [...recordPath, entryKey],
          atKey: true,
          params: { key: entryKey, record: String(recordPath.at(-1)), owner: ownerName([...recordPath, entryKey]) },
        });
      }
    }
  }
  // The entries of that record then miss the field: the same mistake.
  const missingMisplaced = (f: Finding) =>
    f.code === 'missing-field' &&
    misplaced.some((m) => f.path.length === m.path.length + 1 && startsWith(f.path, m.path.slice(0, -1)) && f.path.at(-1) === m.path.at(-1));
  let kept = [...findings.filter((f) => !misplaced.some((m) => startsWith(f.path, m.path)) && !missingMisplaced(f)), ...misplaced];

  const dropped = new Set<Finding>();
  for (const finding of kept) {
    if (finding.code !== 'unknown-field') continue;
    const key = String(finding.path.at(-1));
    const objectPath = finding.path.slice(0, -1);
    for (let up = objectPath.length - 1; up >= 0; up--) {
      const ancestor = objectPath.slice(0, up);
      if (!isRecordObject(valueAt(data, ancestor)) || !keysAt(root, ancestor).includes(key)) continue;
      finding.params = { key, deeperOf: ownerName(ancestor) };
      for (const other of kept) {
        if (other.code === 'missing-field' && other.path.length === ancestor.length + 1 && startsWith(other.path, ancestor) && other.path.at(-1) === key) {
          dropped.add(other);
        }
      }
      break;
    }
  }
  // A mistyped key ('nxt') is also reported missing under its real name ('next'): one mistake, one finding.
  for (const finding of kept) {
    if (finding.code !== 'unknown-field' || finding.params?.hint === undefined) continue;
    const objectPath = finding.path.slice(0, -1);
    for (const other of kept) {
      if (other.code === 'missing-field' && other.path.length === finding.path.length && startsWith(other.path, objectPath) && other.path.at(-1) === finding.params.hint) {
        dropped.add(other);
      }
    }
  }
  kept = kept.filter((f) => !dropped.has(f));

  for (const finding of kept) {
    if (finding.code !== 'missing-field') continue;
    const key = String(finding.path.at(-1));
    for (let up = finding.path.length - 2; up >= 0; up--) {
      const ancestor = finding.path.slice(0, up);
      const holder = valueAt(data, ancestor);
      if (isRecordObject(holder) && key in holder) {
        finding.params = { ...finding.params, shallower: 1 };
        break;
      }
    }
  }
  return kept;
}
