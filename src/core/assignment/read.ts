/**
 * Reads an assignment back from a link (or its fragment) and refuses anything it cannot trust, with the
 * reason: a damaged or hand-edited link, an id this version of the game does not ship, a bad value, a key
 * given twice, an over-long title. It never throws, whatever text it is given; a text that is not an
 * assignment link at all (no `#opdracht`) answers the problem `none`, so the caller can simply go on.
 */
import { MAX_SITUATIONS, MAX_TITLE_LENGTH, titleLength, type Assignment, type FeedbackMode, type KnownIds } from './assignment.ts';
import { ASSIGNMENT_PREFIX, FEEDBACK_WORDS, KEYS, TIME_PRESSURE_WORDS } from './words.ts';

export type AssignmentProblemCode =
  | 'none'
  | 'too-long'
  | 'unreadable'
  | 'unknown-key'
  | 'duplicate-key'
  | 'missing'
  | 'both-kinds'
  | 'bad-value'
  | 'unknown-situation'
  | 'duplicate-situation'
  | 'too-many-situations'
  | 'unknown-year'
  | 'title-too-long';

/** Why a link was refused; `key` is the link's word (`s`, `taal`, …), `value` what it held, shortened. */
export interface AssignmentProblem {
  code: AssignmentProblemCode;
  key?: string;
  value?: string;
}

export type AssignmentRefusal = { ok: false; problem: AssignmentProblem };
export type ReadAssignment = { ok: true; assignment: Assignment } | AssignmentRefusal;

/** No real assignment comes near this; a longer fragment is refused unread. */
const MAX_FRAGMENT_LENGTH = 4000;
const SHOWN_VALUE_LENGTH = 40;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const ALLOWED_KEYS: ReadonlySet<string> = new Set(Object.values(KEYS));
const FEEDBACK_BY_WORD = new Map(Object.entries(FEEDBACK_WORDS).map(([mode, word]) => [word, mode as FeedbackMode]));

const refuse = (code: AssignmentProblemCode, key?: string, value?: string): AssignmentRefusal => ({
  ok: false,
  problem: { code, ...(key !== undefined ? { key } : {}), ...(value !== undefined ? { value: shorten(value) } : {}) },
});

function shorten(value: string): string {
  const characters = [...value];
  return characters.length > SHOWN_VALUE_LENGTH ? `${characters.slice(0, SHOWN_VALUE_LENGTH - 1).join('')}…` : value;
}

/** `+` as a space, then percent-decoding; undefined for a broken escape. */
function decodeValue(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/** The fragment of a link (after its first #), or the text itself when it has no #. */
function fragmentOf(urlOrHash: string): string {
  const hash = urlOrHash.indexOf('#');
  return hash === -1 ? urlOrHash : urlOrHash.slice(hash + 1);
}

export function readAssignment(urlOrHash: string, known: KnownIds): ReadAssignment {
  if (typeof urlOrHash !== 'string') return refuse('none');
  const fragment = fragmentOf(urlOrHash);
  if (fragment !== ASSIGNMENT_PREFIX && !fragment.startsWith(`${ASSIGNMENT_PREFIX}?`)) return refuse('none');
  if (fragment.length > MAX_FRAGMENT_LENGTH) return refuse('too-long');

  const query = fragment.slice(ASSIGNMENT_PREFIX.length + 1);
  const values = new Map<string, string>();
  for (const part of query === '' ? [] : query.split('&')) {
    const equals = part.indexOf('=');
    if (equals < 1) return refuse('unreadable', undefined, part);
    const key = part.slice(0, equals);
    if (!ALLOWED_KEYS.has(key)) return refuse('unknown-key', key);
    if (values.has(key)) return refuse('duplicate-key', key);
    values.set(key, part.slice(equals + 1));
  }

  const situationsText = values.get(KEYS.situations);
  const yearText = values.get(KEYS.year);
  if (situationsText !== undefined && yearText !== undefined) return refuse('both-kinds');
  if (situationsText === undefined && yearText === undefined) return refuse('missing', KEYS.situations);

  const settings = readSettings(values);
  if (!settings.ok) return settings;

  if (yearText !== undefined) {
    const year = decodeValue(yearText);
    if (year === undefined) return refuse('unreadable', KEYS.year, yearText);
    if (year === '') return refuse('missing', KEYS.year);
    if (!known.yearIds.includes(year)) return refuse('unknown-year', KEYS.year, year);
    return { ok: true, assignment: { year, ...settings.assignment } };
  }

  const situations: string[] = [];
  for (const item of situationsText === '' ? [] : situationsText!.split(',')) {
    const id = decodeValue(item);
    if (id === undefined) return refuse('unreadable', KEYS.situations, item);
    if (!known.scenarioIds.includes(id)) return refuse('unknown-situation', KEYS.situations, id);
    if (situations.includes(id)) return refuse('duplicate-situation', KEYS.situations, id);
    situations.push(id);
  }
  if (situations.length === 0) return refuse('missing', KEYS.situations);
  if (situations.length > MAX_SITUATIONS) return refuse('too-many-situations', KEYS.situations, String(situations.length));
  return { ok: true, assignment: { situations, ...settings.assignment } };
}

type Settings = Pick<Assignment, 'title' | 'lang' | 'feedback' | 'timePressure'>;

/** Language, feedback, time pressure (all required) and the title (optional). */
function readSettings(values: ReadonlyMap<string, string>): { ok: true; assignment: Settings } | AssignmentRefusal {
  const langText = values.get(KEYS.lang);
  const feedbackText = values.get(KEYS.feedback);
  const timeText = values.get(KEYS.timePressure);
  if (langText === undefined) return refuse('missing', KEYS.lang);
  if (langText !== 'nl' && langText !== 'en') return refuse('bad-value', KEYS.lang, langText);
  if (feedbackText === undefined) return refuse('missing', KEYS.feedback);
  const feedback = FEEDBACK_BY_WORD.get(feedbackText);
  if (feedback === undefined) return refuse('bad-value', KEYS.feedback, feedbackText);
  if (timeText === undefined) return refuse('missing', KEYS.timePressure);
  if (timeText !== TIME_PRESSURE_WORDS.on && timeText !== TIME_PRESSURE_WORDS.off)
    return refuse('bad-value', KEYS.timePressure, timeText);

  const titleText = values.get(KEYS.title);
  const title = titleText === undefined ? undefined : decodeValue(titleText);
  if (titleText !== undefined && title === undefined) return refuse('unreadable', KEYS.title, titleText);
  if (title !== undefined && titleLength(title) > MAX_TITLE_LENGTH) return refuse('title-too-long', KEYS.title);
  if (title !== undefined && CONTROL.test(title)) return refuse('bad-value', KEYS.title, title);
  const trimmed = title?.trim();
  return {
    ok: true,
    assignment: { lang: langText, feedback, timePressure: timeText === TIME_PRESSURE_WORDS.on, ...(trimmed ? { title: trimmed } : {}) },
  };
}
