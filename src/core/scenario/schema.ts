/**
 * The shape of a scenario file and a cast file, as zod schemas: the single source of the scenario types
 * (`Scenario`, `Cast`, `Beat` … are `z.infer` of these) and of the JSON Schema that ships beside the
 * scenarios. Shape only: references between parts (does `next` name a beat? is `lisa` in the cast?) are
 * checked in crossref.ts, where the whole file is known. Every object is strict, so a mistyped or
 * mis-indented key is an error where it stands.
 */
import { z } from 'zod';
import {
  ADULT_ROLES,
  CLOTHES_COLOURS,
  HAIR_COLOURS,
  HAIR_STYLES,
  SKIN_TONES,
  INTERESTS,
  LEVELS,
  MYTHS,
  OCTANTS,
  PLACES,
  PRONOUNS,
  PUPIL_ACTIONS,
  TEMPERAMENTS,
} from './vocabulary.ts';

// zod 4 otherwise compiles parsers with `new Function`, which the game's Content Security Policy forbids.
z.config({ jitless: true });

/** An id a lecturer types: lowercase letters, digits and hyphens, starting with a letter or digit. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** A text in Dutch and English. Dutch is required; English is required for shipped scenarios (checked later). */
export const Text = z.strictObject({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1).optional(),
});

/** Weights on the octants of the interpersonal circle; together at most 1 (a wink is 0.3 vriendelijk). */
export const Behaviour = z.strictObject(
  Object.fromEntries(OCTANTS.map((octant) => [octant, z.number().min(0).max(1).optional()])) as Record<
    (typeof OCTANTS)[number],
    z.ZodOptional<z.ZodNumber>
  >,
);

/**
 * Whom a choice is aimed at: the class as a group (`klas`), every pupil one by one (`iedereen`: greeting
 * each at the door by name), nobody, some pupils, or an adult.
 */
export const Target = z.union([
  z.enum(['klas', 'iedereen', 'niemand']),
  z.strictObject({ pupils: z.array(Id).min(1) }),
  z.strictObject({ adult: Id }),
]);

/** Pupils meant by a stage direction or an effect: the whole class or named pupils. */
export const Pupils = z.union([z.literal('klas'), z.array(Id).min(1)]);

const Delta = z.number().min(-1).max(1);
const Unit = z.number().min(0).max(1);

/** A direct effect of a choice on some pupils, on top of what the model derives from the behaviour. */
export const Effect = z.strictObject({
  pupils: Pupils,
  closeness: Delta.optional(),
  conflict: Delta.optional(),
  engagement: Delta.optional(),
  /** The teacher noted these pupils to talk to tomorrow: counts as attention (the 16:00 note). */
  noted: z.boolean().optional(),
  /** This choice starts a clash with these pupils. */
  clash: z.boolean().optional(),
  /** This choice repairs an earlier clash with these pupils. */
  repair: z.boolean().optional(),
});

/** A bound on a number: at least, below, or both. */
export const Range = z.strictObject({
  atLeast: z.number().optional(),
  below: z.number().optional(),
});

const PupilMeasure = z.strictObject({
  pupil: Id,
  atLeast: Unit.optional(),
  below: Unit.optional(),
});

/** A condition is structured data, never code: its one key says what it looks at. */
export const Condition = z.union([
  z.strictObject({ closeness: PupilMeasure }),
  z.strictObject({ conflict: PupilMeasure }),
  z.strictObject({ engagement: PupilMeasure }),
  z.strictObject({ agency: Range }),
  z.strictObject({ communion: Range }),
  /** The mean of the teacher's position over the decisions so far: the lesson as a whole, as the score sees it. */
  z.strictObject({ meanAgency: Range }),
  z.strictObject({ meanCommunion: Range }),
  z.strictObject({ minutesLeft: Range }),
  z.strictObject({ chose: z.strictObject({ beat: Id, choice: Id }) }),
  z.strictObject({
    get all() {
      return z.array(Condition).min(1);
    },
  }),
  z.strictObject({
    get any() {
      return z.array(Condition).min(1);
    },
  }),
  z.strictObject({
    get not() {
      return Condition;
    },
  }),
]);

/** A spoken line: a pupil or an adult of the cast says something. */
export const Line = z.strictObject({ speaker: Id, text: Text });

/** What the class visibly does right after a choice, before the next beat. */
export const Reaction = z.strictObject({
  narration: Text.optional(),
  lines: z.array(Line).min(1).optional(),
});

/** A stage direction: who does what. */
export const StageDirection = z.strictObject({
  who: Pupils,
  does: z.enum(PUPIL_ACTIONS),
});

const ChoiceFields = {
  id: Id.optional(),
  text: Text,
  behaviour: Behaviour.optional(),
  target: Target.optional(),
  minutes: z.number().min(0).max(60).optional(),
  effects: z.array(Effect).min(1).optional(),
  reaction: Reaction.optional(),
  if: Condition.optional(),
};

/** One option the player can take in a beat. */
export const Choice = z.strictObject({ ...ChoiceFields, next: Id });

/** An option inside an incident: it settles the incident, and the lesson goes on where it was. */
export const IncidentChoice = z.strictObject(ChoiceFields);

const TimeUpFields = {
  seconds: z.number().int().min(3).max(120),
  behaviour: Behaviour.optional(),
  target: Target.optional(),
  minutes: z.number().min(0).max(60).optional(),
  effects: z.array(Effect).min(1).optional(),
  reaction: Reaction.optional(),
};

/** No answer in time is behaviour too: what happens then, and where it leads. */
export const TimeLimit = z.strictObject({ ...TimeUpFields, next: Id });
export const IncidentTimeLimit = z.strictObject(TimeUpFields);

/** A conditional branch: the first whose condition holds is taken. */
export const Branch = z.strictObject({ if: Condition, next: Id });

/**
 * A moment in the lesson. A beat either offers choices, or routes on branches (with `otherwise`),
 * or simply continues to `next`; crossref.ts checks that exactly one of these is given.
 */
export const Beat = z.strictObject({
  phase: Id.optional(),
  place: z.enum(PLACES),
  pupils: z.array(StageDirection).min(1).optional(),
  narration: Text.optional(),
  lines: z.array(Line).min(1).optional(),
  choices: z.array(Choice).min(1).max(9).optional(),
  timeLimit: TimeLimit.optional(),
  branches: z.array(Branch).min(1).optional(),
  otherwise: Id.optional(),
  next: Id.optional(),
});

/** Something that happens alongside the lesson, starting when the lesson reaches beat `at`. */
export const Incident = z.strictObject({
  at: Id,
  if: Condition.optional(),
  /** true: the incident asks at once and the beat waits; false: it waits until the beat is answered. */
  interrupts: z.boolean().optional(),
  pupils: z.array(StageDirection).min(1).optional(),
  narration: Text.optional(),
  lines: z.array(Line).min(1).optional(),
  choices: z.array(IncidentChoice).min(1).max(9),
  timeLimit: IncidentTimeLimit.optional(),
});

/** A debrief note: a text, or a text shown only when its condition holds at the end of the path. */
export const DebriefNote = z.union([Text, z.strictObject({ text: Text, if: Condition })]);

export const Ending = z.strictObject({
  title: Text,
  narration: Text,
  /** At least one note should hold on every path that reaches this ending (the checker warns otherwise). */
  debrief: z.array(DebriefNote).min(1),
});

export const Evidence = z.strictObject({ source: z.string().trim().min(1), note: Text });

export const PupilState = z.strictObject({
  closeness: Unit.optional(),
  conflict: Unit.optional(),
  engagement: Unit.optional(),
});

export const Scenario = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  myth: z.enum(MYTHS),
  level: z.enum(LEVELS),
  cast: Id,
  /** The pupils in the room; the whole cast when absent. */
  present: z.array(Id).min(1).optional(),
  lessonMinutes: z.number().int().min(5).max(240),
  /** When the lesson starts on the classroom's wall clock, as "13:25"; 8:25 when absent. */
  lessonStart: z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/).optional(),
  goals: z.array(Text).min(1),
  evidence: z.array(Evidence).min(1),
  /** Questions for the player's reflection after the debrief; general ones are used when absent. */
  reflection: z.array(Text).min(1).max(5).optional(),
  startingState: z.record(Id, PupilState).optional(),
  /** The first beat; the first beat in the file when absent. */
  start: Id.optional(),
  beats: z.record(Id, Beat),
  endings: z.record(Id, Ending),
  incidents: z.record(Id, Incident).optional(),
});

/** One chapter of a school year: a scenario, when it happens, and what happened since the previous one. */
export const Chapter = z.strictObject({
  scenario: Id,
  /** When in the year: "September", "De herfst" … */
  season: Text,
  /** What happened since the previous chapter; for the first, how the year begins. */
  interlude: Text,
});

/**
 * A school year: scenarios on one cast, played in order, each pupil's closeness, conflict and engagement
 * carried from one chapter to the next.
 */
export const SchoolYear = z.strictObject({
  id: Id,
  title: Text,
  summary: Text,
  cast: Id,
  chapters: z.array(Chapter).min(2).max(8),
});

/** How a pupil is drawn; any part left out is derived from the pupil's id, so it stays the same. */
export const Look = z.strictObject({
  skin: z.enum(SKIN_TONES).optional(),
  hair: z.enum(HAIR_STYLES).optional(),
  hairColour: z.enum(HAIR_COLOURS).optional(),
  clothes: z.enum(CLOTHES_COLOURS).optional(),
  glasses: z.boolean().optional(),
});

export const Pupil = z.strictObject({
  id: Id,
  name: z.string().trim().min(1),
  pronoun: z.enum(PRONOUNS),
  interests: z.array(z.enum(INTERESTS)).max(4),
  temperament: z.enum(TEMPERAMENTS),
  vulnerable: z.boolean().optional(),
  /** What colleagues say about this pupil before you have met them. */
  reputation: Text.optional(),
  look: Look.optional(),
});

export const Adult = z.strictObject({
  id: Id,
  name: z.string().trim().min(1),
  role: z.enum(ADULT_ROLES),
  pronoun: z.enum(PRONOUNS),
  /** For a parent: the pupil whose parent this is. */
  parentOf: Id.optional(),
});

export const Cast = z.strictObject({
  id: Id,
  level: z.enum(LEVELS),
  name: Text,
  pupils: z.array(Pupil).min(1).max(30),
  adults: z.array(Adult).optional(),
});

export type Text = z.infer<typeof Text>;
export type Behaviour = z.infer<typeof Behaviour>;
export type Target = z.infer<typeof Target>;
export type Effect = z.infer<typeof Effect>;
export type Range = z.infer<typeof Range>;
export type Condition = z.infer<typeof Condition>;
export type Line = z.infer<typeof Line>;
export type Reaction = z.infer<typeof Reaction>;
export type StageDirection = z.infer<typeof StageDirection>;
export type Choice = z.infer<typeof Choice>;
export type IncidentChoice = z.infer<typeof IncidentChoice>;
export type TimeLimit = z.infer<typeof TimeLimit>;
export type Branch = z.infer<typeof Branch>;
export type Beat = z.infer<typeof Beat>;
export type Incident = z.infer<typeof Incident>;
export type DebriefNote = z.infer<typeof DebriefNote>;
export type Ending = z.infer<typeof Ending>;
export type Evidence = z.infer<typeof Evidence>;
export type PupilState = z.infer<typeof PupilState>;
export type Scenario = z.infer<typeof Scenario>;
export type Look = z.infer<typeof Look>;
export type Pupil = z.infer<typeof Pupil>;
export type Adult = z.infer<typeof Adult>;
export type Cast = z.infer<typeof Cast>;
export type Chapter = z.infer<typeof Chapter>;
export type SchoolYear = z.infer<typeof SchoolYear>;
