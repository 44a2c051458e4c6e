/**
 * The results file a student hands in: one finished situation, versioned, with everything a lecturer's
 * dashboard needs and nothing that identifies the student unless they type a nickname. The zod schema is
 * the single source of its type (`ResultFile`) and of the check a dashboard runs on a file it is given.
 * Everything has a bound (lengths, counts), so a hostile file cannot make the dashboard do much work.
 * The player only imports the types from here (`import type`), so zod stays out of the play bundle.
 */
import { z } from 'zod';
import { INTERESTS, MYTHS, TEMPERAMENTS } from '../scenario/vocabulary.ts';
import { MAX_GROUP_COUNT } from '../session/groupTallies.ts';

// zod otherwise compiles parsers with `new Function`, which the game's Content Security Policy forbids.
z.config({ jitless: true });

export const RESULT_FORMAT = 'klasdeur-result';
export const RESULT_VERSION = 1;
/** A results file is a few tens of kilobytes; anything over this is refused unread. */
export const MAX_RESULT_BYTES = 2 * 1024 * 1024;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(100);
const Share = z.number().min(0).max(1);
const Signed = z.number().min(-1).max(1);
const Position = z.strictObject({ agency: Signed, communion: Signed });

/** A logged player event, as in a save (src/core/session/run.ts LoggedEvent). */
export const ResultEvent = z.union([
  z.strictObject({ type: z.literal('choice.select'), index: z.number().int().min(0).max(20), at: z.number().min(0).optional() }),
  z.strictObject({ type: z.literal('incident.select'), incident: Id, index: z.number().int().min(0).max(20), at: z.number().min(0).optional() }),
  z.strictObject({ type: z.literal('time.up'), at: z.number().min(0).optional() }),
  z.strictObject({ type: z.literal('continue'), at: z.number().min(0).optional() }),
]);

/** One decision as the student saw it: where, the option's key and text, and when (ms since the start). */
export const ResultDecision = z.strictObject({
  /** The beat or incident where it was taken. */
  where: Id,
  /** The compiler's key of the option: `beat/choice-id` (or `beat/index`), `beat/tijd-om` for a time-up. */
  key: z.string().min(1).max(200),
  text: z.string().max(2000),
  atMs: z.number().min(0).optional(),
});

export const ScoreParts = z.strictObject({ profile: Share, relationship: Share, equity: Share, engagement: Share, repair: Share });

export const ResultPupil = z.strictObject({
  closeness: Share,
  conflict: Share,
  engagement: Share,
  contacts: z.number().int().min(0).max(1000),
  takesPart: z.boolean(),
  overlooked: z.boolean(),
});

/** One playthrough: the log, the decisions, where it ended and how it scored. */
export const ResultRun = z.strictObject({
  events: z.array(ResultEvent).max(1000),
  decisions: z.array(ResultDecision).max(500),
  ending: z.strictObject({ id: Id, title: z.string().max(300) }).nullable(),
  score: z.strictObject({ total: z.number().min(0).max(100), parts: ScoreParts, overlookedPenalty: z.number().min(0).max(100) }),
  meanPosition: Position,
  trajectory: z.array(Position).max(500),
  classProfile: z.string().max(100),
  pupils: z.record(Id, ResultPupil),
});

/**
 * A group's tally at one decision of a projector run: how many in the room chose each option offered
 * there, and which option the group then followed. Optional in the file (`group`), so files without it
 * stay valid under version 1.
 */
export const ResultGroupTally = z
  .strictObject({
    /** The decision's index in `run.decisions`. */
    decision: z.number().int().min(0).max(499),
    /** The keys of the options offered there (as `ResultDecision.key`), in the order they were shown. */
    options: z.array(z.string().min(1).max(200)).min(1).max(21),
    /** How many in the group chose each option, in the same order. */
    counts: z.array(z.number().int().min(0).max(MAX_GROUP_COUNT)).min(1).max(21),
    /** The position (in `options`) of the option the group followed. */
    followed: z.number().int().min(0).max(20),
    /** Whether the option followed had the most votes (alone or tied with another). */
    majority: z.boolean(),
  })
  .refine((tally) => tally.counts.length === tally.options.length && tally.followed < tally.options.length, {
    message: 'counts and options differ in length, or followed is not one of the options',
  });

export const ResultFile = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  version: z.literal(RESULT_VERSION),
  exportedAt: z.string().max(40),
  lang: z.enum(['nl', 'en']),
  scenario: z.strictObject({ id: Id, title: z.string().max(300), contentHash: z.string().min(1).max(100), myth: z.enum(MYTHS) }),
  /** Only what the student typed; no name is asked for. */
  nickname: z.string().max(60).optional(),
  profile: z.strictObject({ interests: z.array(z.enum(INTERESTS)).max(4), temperament: z.enum(TEMPERAMENTS) }),
  settings: z.strictObject({ timePressure: z.boolean(), feedback: z.enum(['full', 'words', 'reflection']) }),
  /** The assignment the situation was played for, when it came from a lecturer's link. */
  assignment: z.string().max(200).optional(),
  run: ResultRun,
  /** "What if" runs, apart from the run itself: each branched from decision `branchedAt` of the run. */
  whatIf: z.array(ResultRun.extend({ branchedAt: z.number().int().min(0).max(500) })).max(20),
  reflections: z.array(z.strictObject({ question: z.string().max(1000), answer: z.string().max(5000) })).max(10),
  /** Present when a whole group played the run together (projector mode): the group's tallies, one per decision counted. */
  group: z.strictObject({ tallies: z.array(ResultGroupTally).max(500) }).optional(),
});

export type ResultFile = z.infer<typeof ResultFile>;
export type ResultRun = z.infer<typeof ResultRun>;
export type ResultDecision = z.infer<typeof ResultDecision>;
export type ResultGroupTally = z.infer<typeof ResultGroupTally>;
export type FeedbackMode = ResultFile['settings']['feedback'];
