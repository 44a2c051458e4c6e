/**
 * What the lecturers' results dashboard shows, as plain data: per situation (and per version of it) how
 * the group chose at each decision point, everyone's mean position for the Roos, the score distribution,
 * the pupils most often overlooked, the reflections per question and the endings reached. Built by
 * aggregate.ts from results files; drawn by src/ui/dashboard; written out by csv.ts.
 *
 * A group run (a whole group played on the projector and the lecturer counted the votes) is one result
 * like any other on the Roos, in the scores, the endings and the overview's "went to"; only at a decision
 * it counted do its votes stand in for it, each vote as one student (`votes`, `voters`).
 */
import type { CirclePosition } from '../model/types.ts';

/** A text from a scenario ({nl, en}) or from a results file (only `nl` filled: the file's own language). */
export interface LocalText {
  nl: string;
  en?: string;
}

/**
 * Which results a summary holds: those made against the situation as it is now (`current`), against
 * another version of it (`other`: changed content hash), or for a situation this copy does not ship
 * (`unknown`). The last two are built from the files' own decision texts and never mixed with `current`.
 */
export type SummaryVersion = 'current' | 'other' | 'unknown';

export interface OptionCount {
  /** The compiler's key: `beat/choice-id`, `beat/2`, `beat/tijd-om`. */
  key: string;
  /** The option's text; for a time-up, the words for letting the time run out. */
  text: LocalText;
  timeUp: boolean;
  /** How many results took this option here (each result once, however often it passed). */
  count: number;
  /**
   * How many chose this option here when a group run's tally counts as that many students: `count`, with
   * each group run that was counted here replaced by its votes. Equal to `count` where no group voted.
   */
  votes: number;
  /** The part of `votes` that came from groups' tallies. */
  groupVotes: number;
  /** Where the option leads in the lesson, when known (a beat or an ending id; incidents lead nowhere). */
  next?: string;
}

export interface DecisionPoint {
  /** The beat's or incident's id. */
  id: string;
  kind: 'beat' | 'incident';
  /** The start of the beat's narration, to recognise it by; absent when unknown. */
  narration?: LocalText;
  /** How many results decided here at all. */
  reached: number;
  /** How many decided here when each vote of a group's tally counts as one student (the bars' whole). */
  voters: number;
  /** The part of `voters` that came from groups' tallies; 0 when no group was counted here. */
  groupVotes: number;
  /** Every option of the point in the scenario's order (also those nobody took), the time-up last. */
  options: OptionCount[];
}

export interface RoosEntry {
  /** 1-based place of the result in its summary, shown beside its point on the Roos. */
  ordinal: number;
  /** The nickname the student typed, cleaned of control characters; absent when none. */
  nickname?: string;
  /** The nickname, or "Student 3" when there is none. */
  label: string;
  mean: CirclePosition;
  score: number;
  /** Set when a whole group played this run together (projector mode). */
  group?: true;
}

export interface ScoreSummary {
  /** Ten bins: 0–9, 10–19, … 90–100 (100 falls in the last). */
  bins: number[];
  min: number;
  median: number;
  max: number;
}

export interface OverlookedPupil {
  id: string;
  name: string;
  /** In how many results this pupil was overlooked. */
  count: number;
}

export interface ReflectionGroup {
  question: string;
  answers: { label: string; answer: string }[];
}

export interface EndingCount {
  id: string;
  title: LocalText;
  count: number;
}

export interface SituationSummary {
  /** Unique among the summaries: the situation's id, with `@other` or `@unknown` for those versions. */
  key: string;
  scenarioId: string;
  title: LocalText;
  version: SummaryVersion;
  results: number;
  /** How many of the results were played by a whole group (projector mode). */
  groupRuns: number;
  decisionPoints: DecisionPoint[];
  roos: RoosEntry[];
  /** Absent when there are no results. */
  scores?: ScoreSummary;
  /** Pupils overlooked at least once, most often first. */
  overlooked: OverlookedPupil[];
  reflections: ReflectionGroup[];
  endings: EndingCount[];
  /** Results whose run reached no ending. */
  unfinished: number;
}

export interface DashboardModel {
  /** Current versions in the order of the scenarios given, each followed by its other versions; unknown ones last. */
  situations: SituationSummary[];
  /** Results counted (duplicates left out). */
  results: number;
  /** Each result left out as a duplicate: its index in the input, and the index of the one it repeats. */
  duplicates: { index: number; duplicateOf: number }[];
}
