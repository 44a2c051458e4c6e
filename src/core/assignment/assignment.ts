/**
 * An assignment: what a lecturer asks students to play (one or more situations, or a school year) and how
 * (language, feedback mode, time pressure), with the lecturer's own title. Plain data, carried in a link
 * (link.ts writes it, read.ts reads it back). Owns the shape, the limits and how a title is cleaned.
 */
import type { FeedbackMode } from '../results/resultFile.ts';
import type { Language } from '../scenario/vocabulary.ts';

export type { FeedbackMode };

interface AssignmentSettings {
  /** The lecturer's own words, at most MAX_TITLE_LENGTH characters; absent when they gave none. */
  title?: string;
  lang: Language;
  feedback: FeedbackMode;
  timePressure: boolean;
}

/** Either situations (scenario ids, in the lecturer's order) or one school year. */
export type Assignment = AssignmentSettings & ({ situations: string[]; year?: undefined } | { year: string; situations?: undefined });

export const MAX_TITLE_LENGTH = 120;
export const MAX_SITUATIONS = 8;

/** The ids an assignment may name: the shipped scenarios and the school years that can be played. */
export interface KnownIds {
  scenarioIds: readonly string[];
  yearIds: readonly string[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Length in characters as a person counts them (an emoji is one), not in UTF-16 units. */
export function titleLength(title: string): number {
  return [...title].length;
}

/**
 * A title as a link carries it: control characters gone, runs of white space one space, trimmed, and cut
 * to MAX_TITLE_LENGTH characters; undefined when nothing is left. Lone surrogates (which no link can
 * encode) become U+FFFD.
 */
export function cleanTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const cleaned = title.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  const cut = [...cleaned].slice(0, MAX_TITLE_LENGTH).join('').trim();
  return cut === '' ? undefined : cut;
}
