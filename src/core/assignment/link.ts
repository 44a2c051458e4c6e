/**
 * Writes an assignment into a link. It travels in the fragment (after #), which the browser never sends
 * to a server, so no server log holds it; keys and values are short Dutch words, for example
 * `#opdracht?s=september-eerste-les,maandag-eerste-uur&taal=nl&feedback=woorden&tijd=uit&titel=Week+3`.
 * The keys come in one fixed order; the title is percent-encoded (a space as +) after cleanTitle.
 */
import { cleanTitle, type Assignment } from './assignment.ts';
import { ASSIGNMENT_PREFIX, FEEDBACK_WORDS, KEYS, TIME_PRESSURE_WORDS } from './words.ts';

/** Percent-encodes everything but letters, digits and `-_.!~*'()`, with a space as `+`. */
function encodeValue(text: string): string {
  return encodeURIComponent(text).replaceAll('%20', '+');
}

/** The fragment without its `#`: `opdracht?s=…&taal=…&feedback=…&tijd=…[&titel=…]`. */
export function assignmentFragment(assignment: Assignment): string {
  const what =
    assignment.year !== undefined
      ? `${KEYS.year}=${encodeValue(assignment.year)}`
      : `${KEYS.situations}=${assignment.situations.map(encodeValue).join(',')}`;
  const parts = [
    what,
    `${KEYS.lang}=${assignment.lang}`,
    `${KEYS.feedback}=${FEEDBACK_WORDS[assignment.feedback]}`,
    `${KEYS.timePressure}=${assignment.timePressure ? TIME_PRESSURE_WORDS.on : TIME_PRESSURE_WORDS.off}`,
  ];
  const title = cleanTitle(assignment.title);
  if (title !== undefined) parts.push(`${KEYS.title}=${encodeValue(title)}`);
  return `${ASSIGNMENT_PREFIX}?${parts.join('&')}`;
}

/** The game's address `base` (any fragment it has is dropped) with the assignment in its fragment. */
export function assignmentUrl(base: string, assignment: Assignment): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#${assignmentFragment(assignment)}`;
}
