/**
 * The lesson's score and its parts, exactly as DESIGN §4 defines them:
 *   S = 100·(.35·Prof + .25·Rel + .15·Eq + .15·Eng + .10·Rep) − overlooked, clamped to 0–100.
 * Also returns the numbers the debrief's sentences need (so nobody has to trust a bare number);
 * the sentences themselves live with the debrief.
 */
import { PARAMS } from '../model/params.ts';
import type { CirclePosition, ClassroomState, PupilModel } from '../model/types.ts';

export interface ScoreParts {
  /** Prof ∈ [0, 1]: structure and closeness together, as strong as the weaker side of the mean position. */
  profile: number;
  /** Rel ∈ [0, 1]: mean of (Cᵢ − Kᵢ + 1)/2 over the pupils who take part. */
  relationship: number;
  /** Eq ∈ [0, 1]: the 10th percentile of closeness over the pupils who take part. */
  equity: number;
  /** Eng ∈ [0, 1]: mean of the pupils' mean engagement and the lesson's learning progress. */
  engagement: number;
  /** Rep ∈ [0, 1]: share of clashes repaired in time; 1 when there was none. */
  repair: number;
}

export interface ScoreBreakdown {
  /** S ∈ [0, 100]. */
  total: number;
  parts: ScoreParts;
  /** Each part's contribution in points (100 · weight · part), before the overlooked penalty. */
  points: ScoreParts;
  /** Points taken off for overlooked pupils. */
  overlookedPenalty: number;
  /** Ids of the pupils who take part but were not addressed individually for too long, and were not noted. */
  overlooked: string[];
  /** (Ā, M̄): the mean of the teacher's position over all decisions with behaviour; (0, 0) when there were none. */
  meanPosition: CirclePosition;
  /** The weaker side of the mean position, which Prof is made of. */
  weakerSide: 'agency' | 'communion';
  /** Mean of the first positions of the lesson (the first impression), as many as PARAMS.teacher.firstImpressionDecisions. */
  openingPosition: CirclePosition;
  decisions: number;
  decisionsWithBehaviour: number;
  /** How many pupils take part; Rel, Eq and engagement are over them (all pupils when none is marked). */
  participants: number;
  meanCloseness: number;
  meanConflict: number;
  meanEngagement: number;
  progress: number;
  disruption: number;
  /** Individual positive contacts with the pupils who take part. */
  individualContacts: number;
  /** Pupils who take part and had at least one individual contact. */
  pupilsContacted: number;
  vulnerablePupils: number;
  /** Mean closeness of the vulnerable pupils who take part (0 when there are none). */
  vulnerableMeanCloseness: number;
  /** Pupils who take part and were noted for tomorrow (the 16:00 note). */
  noted: number;
  minutesUsed: number;
  lessonMinutes: number;
  clashes: number;
  clashesRepairedInTime: number;
  /** Each pupil a clash was with, as they are at the end: whether the bond held is about them. */
  clashedPupils: { id: string; closeness: number; conflict: number }[];
}

/** Scores a lesson from its final state. */
export function scoreLesson(state: ClassroomState): ScoreBreakdown {
  const taking = participantsOf(state);
  const pupils = taking.map(([, pupil]) => pupil);
  const meanPosition = meanOf(state.trajectory);
  const openingPosition = meanOf(state.trajectory.slice(0, PARAMS.teacher.firstImpressionDecisions));
  const meanEngagement = mean(pupils.map((pupil) => pupil.engagement));
  const progress = clamp01(state.progress);
  const clashesRepairedInTime = state.clashes.filter((clash) => clash.repaired).length;

  const parts: ScoreParts = {
    profile: profileStrength(meanPosition),
    relationship: mean(pupils.map((pupil) => clamp01((pupil.closeness - pupil.conflict + 1) / 2))),
    equity: clamp01(percentile(
      pupils.map((pupil) => pupil.closeness),
      PARAMS.score.equityPercentile,
    )),
    engagement: clamp01((meanEngagement + progress) / 2),
    repair: state.clashes.length === 0 ? 1 : clashesRepairedInTime / state.clashes.length,
  };
  const weights = PARAMS.score.weights;
  const points: ScoreParts = {
    profile: 100 * weights.profile * parts.profile,
    relationship: 100 * weights.relationship * parts.relationship,
    equity: 100 * weights.equity * parts.equity,
    engagement: 100 * weights.engagement * parts.engagement,
    repair: 100 * weights.repair * parts.repair,
  };
  const overlooked = taking.filter(([, pupil]) => isOverlooked(pupil)).map(([id]) => id);
  const overlookedPenalty = overlooked.length * PARAMS.score.overlookedPenaltyPerPupil;
  const sum = points.profile + points.relationship + points.equity + points.engagement + points.repair;
  const vulnerable = pupils.filter((pupil) => pupil.vulnerable);

  return {
    total: Math.min(100, Math.max(0, sum - overlookedPenalty)),
    parts,
    points,
    overlookedPenalty,
    overlooked,
    meanPosition,
    weakerSide: meanPosition.agency <= meanPosition.communion ? 'agency' : 'communion',
    openingPosition,
    decisions: state.decisions,
    decisionsWithBehaviour: state.trajectory.length,
    participants: pupils.length,
    meanCloseness: mean(pupils.map((pupil) => pupil.closeness)),
    meanConflict: mean(pupils.map((pupil) => pupil.conflict)),
    meanEngagement,
    progress,
    disruption: state.disruption,
    individualContacts: pupils.reduce((sum, pupil) => sum + pupil.contacts, 0),
    pupilsContacted: pupils.filter((pupil) => pupil.contacts > 0).length,
    vulnerablePupils: vulnerable.length,
    vulnerableMeanCloseness: mean(vulnerable.map((pupil) => pupil.closeness)),
    noted: pupils.filter((pupil) => pupil.noted).length,
    minutesUsed: state.minutesUsed,
    lessonMinutes: state.lessonMinutes,
    clashes: state.clashes.length,
    clashesRepairedInTime,
    clashedPupils: [...new Set(state.clashes.map((clash) => clash.pupil))].map((id) => ({
      id,
      closeness: state.pupils[id]?.closeness ?? 0,
      conflict: state.pupils[id]?.conflict ?? 0,
    })),
  };
}

/**
 * Prof = min(1, 2·min(Ā⁺, M̄⁺)): "your profile is as strong as its weaker side". Strict-cold and
 * warm-permissive give 0; pure sturend ≈ 0.77; an even sturend–vriendelijk mix reaches 1.
 */
export function profileStrength(meanPosition: CirclePosition): number {
  const weaker = Math.min(Math.max(0, meanPosition.agency), Math.max(0, meanPosition.communion));
  return Math.min(1, PARAMS.score.profileFactor * weaker);
}

/** A pupil who takes part is overlooked after too long without individual contact (or none at all), unless noted. */
export function isOverlooked(pupil: PupilModel): boolean {
  if (!pupil.takesPart || pupil.noted) return false;
  return pupil.contacts === 0 || pupil.longestWithoutContact > PARAMS.score.overlookedAfterDecisions;
}

/** The pupils the score is about: those who take part, or everyone when no pupil is marked as taking part. */
function participantsOf(state: ClassroomState): [string, PupilModel][] {
  const all = Object.entries(state.pupils);
  const taking = all.filter(([, pupil]) => pupil.takesPart);
  return taking.length > 0 ? taking : all;
}

function meanOf(positions: CirclePosition[]): CirclePosition {
  return {
    agency: mean(positions.map((position) => position.agency)),
    communion: mean(positions.map((position) => position.communion)),
  };
}

/** The p-th percentile with linear interpolation between ranks (0 for an empty list). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (rank - below);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
