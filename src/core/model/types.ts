/**
 * The shape of the classroom model's state and of the actions that change it: plain, serialisable data
 * (DESIGN §4). The compiler and the session depend only on these types and on the functions of
 * classroom.ts; scoring reads the same state.
 */
import type { Behaviour, Effect, Target } from '../scenario/schema.ts';
import type { Interest, Temperament } from '../scenario/vocabulary.ts';

/** A position on the interpersonal circle: agency (structure, influence) and communion (closeness), each in [−1, 1]. */
export interface CirclePosition {
  agency: number;
  communion: number;
}

/** The player's own teacher profile, chosen before playing; drives the frame-of-reference mechanic. */
export interface PlayerProfile {
  interests: Interest[];
  temperament: Temperament;
}

/** One pupil as the model sees them (STRS: closeness and conflict are separate). */
export interface PupilModel {
  /** Closeness Cᵢ ∈ [0, 1]. */
  closeness: number;
  /** Conflict Kᵢ ∈ [0, 1]. */
  conflict: number;
  /** Engagement Eᵢ ∈ [0, 1]. */
  engagement: number;
  /** Decisions since the last individual positive contact (uᵢ). */
  decisionsSinceContact: number;
  /** Individual positive contacts so far in this scenario. */
  contacts: number;
  /** The largest decisionsSinceContact reached in this scenario (for "overlooked"). */
  longestWithoutContact: number;
  /** rᵢ: a vulnerable pupil gains more from positive contact. */
  vulnerable: boolean;
  /** σᵢ ∈ [0, 1]: similarity to the player's profile (shared interests, temperament). Hidden from the player. */
  similarity: number;
  /** Takes part in this scenario (is named in it); only those count for Rel, Eq and overlooked. */
  takesPart: boolean;
  /** The teacher noted this pupil to talk to tomorrow (the 16:00 note): counts as attention. */
  noted: boolean;
}

/** A clash with a pupil and whether it was repaired in time. */
export interface Clash {
  pupil: string;
  /** Decision number at which it happened. */
  atDecision: number;
  /** Closeness just before the clash: repair never lifts closeness above it. */
  closenessBefore: number;
  /** Conflict just before the clash: repair never lowers conflict below it. */
  conflictBefore: number;
  repaired: boolean;
}

export interface ClassroomState {
  /** The teacher's perceived position P, as the class sees it now. */
  teacher: CirclePosition;
  /** P after each decision that was behaviour towards pupils; its mean is the lesson's profile. */
  trajectory: CirclePosition[];
  /** Decisions taken so far (choices and time-ups). */
  decisions: number;
  lessonMinutes: number;
  minutesUsed: number;
  /** Learning progress of the lesson ∈ [0, 1]. */
  progress: number;
  /** Restlessness of the class ∈ [0, 1] (chatter, calling out). */
  disruption: number;
  pupils: Record<string, PupilModel>;
  clashes: Clash[];
}

/** What one decision does: the parts of a choice or a time-up that the model reads. */
export interface Action {
  behaviour?: Behaviour;
  target?: Target;
  minutes?: number;
  effects?: Effect[];
}

/** Everything the model needs to set up the classroom for a scenario. */
export interface ClassroomSetup {
  lessonMinutes: number;
  /** The pupils in the room, with what the model needs of each. */
  pupils: { id: string; vulnerable: boolean; interests: Interest[]; temperament: Temperament }[];
  /** Ids of the pupils who take part (are named somewhere in the scenario). */
  participants: string[];
  profile: PlayerProfile;
  /** Carried over from an earlier scenario of the school year. */
  startingState?: Record<string, { closeness?: number; conflict?: number; engagement?: number }>;
}
