/**
 * The words a link uses for an assignment's settings, in Dutch so a lecturer can read and even type one:
 * `feedback=volledig|woorden|reflectie`, `tijd=aan|uit`, `taal=nl|en`. One table, used both ways.
 */
import type { FeedbackMode } from './assignment.ts';

/** The fragment's first word: `#opdracht?…`. */
export const ASSIGNMENT_PREFIX = 'opdracht';

export const KEYS = { situations: 's', year: 'jaar', lang: 'taal', feedback: 'feedback', timePressure: 'tijd', title: 'titel' } as const;

export const FEEDBACK_WORDS: Readonly<Record<FeedbackMode, string>> = { full: 'volledig', words: 'woorden', reflection: 'reflectie' };

export const TIME_PRESSURE_WORDS = { on: 'aan', off: 'uit' } as const;
