/**
 * The classroom model's two moves, as pure functions over plain state (DESIGN §4): set up the class for a
 * scenario, and apply one decision. Every coefficient comes from params.ts.
 *
 * Order within a decision matters, and is:
 *   1. the teacher's position P moves toward the behaviour (or drifts toward 0 without one);
 *   2. per pupil: old conflict fades a little; a clash or public reprimand raises conflict; warmth towards
 *      the class raises closeness a little, a positive individual contact more; a repair undoes part of an open clash; then the scenario's direct
 *      closeness/conflict deltas (after the repair, so a repair never undoes more than its clash);
 *   3. the class responds: engagement and disruption move toward what P and the relationships invite, then
 *      the direct engagement deltas; a private describe–norm–practise calms the class;
 *   4. the minutes pass, and learning progresses as far as the class was engaged and calm.
 */
import type { Behaviour, Effect, Target } from '../scenario/schema.ts';
import { behaviourVector, behaviourWeight, weightShare } from './octants.ts';
import { PARAMS } from './params.ts';
import type { Action, CirclePosition, Clash, ClassroomSetup, ClassroomState, PlayerProfile, PupilModel } from './types.ts';

/** The class at the start of a scenario: the teacher still unknown (P = (0, 0)), pupils as they come in. */
export function createClassroom(setup: ClassroomSetup): ClassroomState {
  const participants = new Set(setup.participants);
  const pupils: Record<string, PupilModel> = {};
  for (const pupil of setup.pupils) {
    const carried = setup.startingState?.[pupil.id];
    pupils[pupil.id] = {
      closeness: clamp01(carried?.closeness ?? PARAMS.pupilStart.closeness),
      conflict: clamp01(carried?.conflict ?? PARAMS.pupilStart.conflict),
      engagement: clamp01(carried?.engagement ?? PARAMS.pupilStart.engagement),
      decisionsSinceContact: 0,
      contacts: 0,
      longestWithoutContact: 0,
      vulnerable: pupil.vulnerable,
      similarity: similarityTo(setup.profile, pupil),
      takesPart: participants.has(pupil.id),
      noted: false,
    };
  }
  return {
    teacher: { agency: 0, communion: 0 },
    trajectory: [],
    decisions: 0,
    lessonMinutes: Math.max(0, setup.lessonMinutes),
    minutesUsed: 0,
    progress: 0,
    disruption: PARAMS.classStart.disruption,
    pupils,
    clashes: [],
  };
}

/** σᵢ: how much a pupil resembles the player's own profile (shared interests, same temperament). */
export function similarityTo(profile: PlayerProfile, pupil: Pick<PlayerProfile, 'interests' | 'temperament'>): number {
  const own = new Set(profile.interests);
  const shared = new Set(pupil.interests.filter((interest) => own.has(interest))).size;
  const { interests, temperament, sharedForFull } = PARAMS.similarity;
  const sameTemperament = pupil.temperament === profile.temperament ? 1 : 0;
  return clamp01(interests * Math.min(1, shared / sharedForFull) + temperament * sameTemperament);
}

/** The class after one decision (a choice or a time-up). The input is never changed. */
export function applyAction(state: ClassroomState, action: Action): ClassroomState {
  const decision = state.decisions;
  const behaviour: Behaviour = action.behaviour ?? {};
  const weight = Math.min(1, behaviourWeight(behaviour));
  const hasBehaviour = weight > 0;
  const vector = behaviourVector(behaviour);
  const teacher = hasBehaviour
    ? moveToward(state.teacher, vector, weight, stepAt(decision))
    : scale(state.teacher, 1 - PARAMS.teacher.driftWithoutBehaviour);

  const targeted = targetedPupils(state, action.target);
  const aimedAtPupils = hasBehaviour && targeted.length > 0;
  const isReprimand =
    aimedAtPupils && weightShare(behaviour, ['corrigerend', 'dwingend']) >= PARAMS.conflict.reprimandCoercionShare;
  const isContact = aimedAtPupils && !isReprimand && vector.communion > 0;
  const isNormPractise =
    aimedAtPupils &&
    weightShare(behaviour, ['sturend']) >= PARAMS.normPractise.sturendShare &&
    (behaviour.corrigerend ?? 0) === 0 &&
    (behaviour.dwingend ?? 0) === 0;
  const towardsClass = action.target === undefined || action.target === 'klas';
  const classWarmth = hasBehaviour && towardsClass ? Math.max(0, vector.communion) : 0;

  const effects = action.effects ?? [];
  const clashWith = new Set([...(isReprimand ? targeted : []), ...pupilsOf(state, effects.filter((effect) => effect.clash))]);
  const repairWith = new Set(pupilsOf(state, effects.filter((effect) => effect.repair)));
  const contacted = new Set(isContact ? targeted : []);

  const clashes: Clash[] = state.clashes.map((clash) => ({ ...clash }));
  const pupils: Record<string, PupilModel> = {};
  for (const [id, before] of Object.entries(state.pupils)) {
    const pupil: PupilModel = { ...before };
    pupil.conflict *= 1 - PARAMS.conflict.decayPerDecision;

    if (clashWith.has(id)) {
      clashes.push({
        pupil: id,
        atDecision: decision,
        closenessBefore: before.closeness,
        conflictBefore: before.conflict,
        repaired: false,
      });
      pupil.conflict += PARAMS.conflict.clashGain * (1 - pupil.conflict);
    }

    pupil.closeness += PARAMS.classWarmthGain * classWarmth * (1 - pupil.closeness);

    if (contacted.has(id)) {
      const extra = pupil.vulnerable ? PARAMS.contact.vulnerableExtraGain : 0;
      const share = action.target === 'iedereen' ? PARAMS.contact.everyoneGainShare : 1;
      pupil.closeness += share * PARAMS.contact.closenessGain * (1 + extra) * (1 - pupil.closeness);
      pupil.contacts += 1;
      pupil.decisionsSinceContact = 0;
    } else {
      pupil.decisionsSinceContact += 1;
      pupil.longestWithoutContact = Math.max(pupil.longestWithoutContact, pupil.decisionsSinceContact);
    }

    if (repairWith.has(id)) repair(pupil, clashes, id, decision);

    for (const effect of effectsOn(effects, id)) {
      pupil.closeness += effect.closeness ?? 0;
      pupil.conflict += effect.conflict ?? 0;
      if (effect.noted !== undefined) pupil.noted = effect.noted;
    }
    pupil.closeness = clamp01(pupil.closeness);
    pupil.conflict = clamp01(pupil.conflict);
    pupils[id] = pupil;
  }

  const everyone = Object.values(pupils);
  const meanCloseness = mean(everyone.map((pupil) => pupil.closeness));
  const meanConflict = mean(everyone.map((pupil) => pupil.conflict));
  const response = PARAMS.classResponse;

  for (const [id, pupil] of Object.entries(pupils)) {
    const invited = clamp01(
      response.engagementBase +
        response.engagementPerCloseness * pupil.closeness -
        response.engagementPerConflict * pupil.conflict +
        response.engagementPerTeacherCommunion * teacher.communion,
    );
    pupil.engagement += response.engagementRate * (invited - pupil.engagement);
    for (const effect of effectsOn(effects, id)) pupil.engagement += effect.engagement ?? 0;
    pupil.engagement = clamp01(pupil.engagement);
  }

  const invitedDisruption = clamp01(
    response.disruptionBase -
      response.disruptionPerTeacherAgency * teacher.agency -
      response.disruptionPerCloseness * meanCloseness +
      response.disruptionPerConflict * meanConflict,
  );
  let disruption = state.disruption + response.disruptionRate * (invitedDisruption - state.disruption);
  if (isNormPractise) disruption -= PARAMS.normPractise.disruptionDrop;
  disruption = clamp01(disruption);

  const lessonMinutes = Math.max(0, state.lessonMinutes);
  const minutesBefore = clamp(state.minutesUsed, 0, lessonMinutes);
  const minutes = Number.isFinite(action.minutes) ? Math.max(0, action.minutes ?? 0) : 0;
  const minutesUsed = Math.min(lessonMinutes, minutesBefore + minutes);
  const focus = mean(everyone.map((pupil) => pupil.engagement)) * (1 - disruption);
  const progressGained =
    lessonMinutes > 0
      ? PARAMS.lesson.progressPerLessonAtFullFocus * ((minutesUsed - minutesBefore) / lessonMinutes) * focus
      : 0;

  return {
    teacher,
    trajectory: hasBehaviour ? [...state.trajectory, teacher] : [...state.trajectory],
    decisions: decision + 1,
    lessonMinutes,
    minutesUsed,
    progress: clamp01(state.progress + progressGained),
    disruption,
    pupils,
    clashes,
  };
}

/**
 * Repair of this pupil's open clashes (Establish–Maintain–Restore). It takes away part of the conflict
 * added since the first open clash, never going below the conflict before it, and restores closeness,
 * never above the closeness before it: provoking and repairing must not pay. Only a repair within
 * PARAMS.repair.inTimeDecisions marks a clash repaired; a late one helps less and leaves it open.
 * Without an open clash there is nothing to restore.
 */
function repair(pupil: PupilModel, clashes: Clash[], id: string, decision: number): void {
  const open = clashes.filter((clash) => clash.pupil === id && !clash.repaired);
  const first = open[0];
  if (first === undefined) return;
  const inTime = (clash: Clash) => decision - clash.atDecision <= PARAMS.repair.inTimeDecisions;
  const share = open.some(inTime) ? PARAMS.repair.conflictShareInTime : PARAMS.repair.conflictShareLate;
  if (pupil.conflict > first.conflictBefore) {
    pupil.conflict = first.conflictBefore + (pupil.conflict - first.conflictBefore) * (1 - share);
  }
  if (pupil.closeness < first.closenessBefore) {
    const restored = pupil.closeness + PARAMS.repair.closenessGain * (1 - pupil.closeness);
    pupil.closeness = Math.min(first.closenessBefore, restored);
  }
  for (const clash of open) if (inTime(clash)) clash.repaired = true;
}

/** λ: large at the first decisions (first impressions form fast), then settled (Mainhard et al. 2008). */
function stepAt(decision: number): number {
  const { firstImpressionStep, settledStep, firstImpressionDecisions } = PARAMS.teacher;
  const stillForming = Math.max(0, 1 - decision / firstImpressionDecisions);
  return settledStep + (firstImpressionStep - settledStep) * stillForming;
}

/**
 * P ← (1 − λ·w)·P + λ·v: a whole decision (w = 1) is the design's P ← (1 − λ)·P + λ·v; a wink (w = 0.3)
 * nudges P toward vriendelijk a little instead of pulling it toward the centre.
 */
function moveToward(position: CirclePosition, vector: CirclePosition, weight: number, step: number): CirclePosition {
  return {
    agency: clamp((1 - step * weight) * position.agency + step * vector.agency, -1, 1),
    communion: clamp((1 - step * weight) * position.communion + step * vector.communion, -1, 1),
  };
}

function scale(position: CirclePosition, factor: number): CirclePosition {
  return { agency: position.agency * factor, communion: position.communion * factor };
}

/** The known pupils a choice is aimed at; none for the class, nobody or an adult. */
function targetedPupils(state: ClassroomState, target: Target | undefined): string[] {
  if (target === 'iedereen') return Object.keys(state.pupils);
  if (target === undefined || typeof target === 'string' || !('pupils' in target)) return [];
  return [...new Set(target.pupils)].filter((id) => Object.hasOwn(state.pupils, id));
}

/** The known pupils the given effects name ('klas' is everyone). */
function pupilsOf(state: ClassroomState, effects: Effect[]): string[] {
  return Object.keys(state.pupils).filter((id) => effectsOn(effects, id).length > 0);
}

function effectsOn(effects: Effect[], id: string): Effect[] {
  return effects.filter((effect) => effect.pupils === 'klas' || effect.pupils.includes(id));
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function clamp(value: number, low: number, high: number): number {
  if (Number.isNaN(value)) return low;
  return Math.min(high, Math.max(low, value));
}

function clamp01(value: number): number {
  return clamp(value, 0, 1);
}
