/**
 * Evaluates a scenario's structured conditions against the machine's context: a pupil's closeness,
 * conflict or engagement, the teacher's position now or its mean over the lesson, the minutes left, earlier choices.
 */
import type { ClassroomState } from '../model/types.ts';
import type { Condition, DebriefNote, Range, Text } from './schema.ts';

export interface ConditionContext {
  classroom: ClassroomState;
  chosen: readonly string[];
}

function within(value: number, range: Range): boolean {
  return (range.atLeast === undefined || value >= range.atLeast) && (range.below === undefined || value < range.below);
}

/** The mean of the teacher's position after each decision with behaviour (0, 0 before any). */
function meanPosition(classroom: ClassroomState): { agency: number; communion: number } {
  const points = classroom.trajectory;
  if (points.length === 0) return { agency: 0, communion: 0 };
  return {
    agency: points.reduce((sum, point) => sum + point.agency, 0) / points.length,
    communion: points.reduce((sum, point) => sum + point.communion, 0) / points.length,
  };
}

export function conditionHolds(condition: Condition, context: ConditionContext): boolean {
  const { classroom } = context;
  if ('closeness' in condition) return within(classroom.pupils[condition.closeness.pupil]?.closeness ?? 0, condition.closeness);
  if ('conflict' in condition) return within(classroom.pupils[condition.conflict.pupil]?.conflict ?? 0, condition.conflict);
  if ('engagement' in condition) return within(classroom.pupils[condition.engagement.pupil]?.engagement ?? 0, condition.engagement);
  if ('agency' in condition) return within(classroom.teacher.agency, condition.agency);
  if ('communion' in condition) return within(classroom.teacher.communion, condition.communion);
  if ('meanAgency' in condition) return within(meanPosition(classroom).agency, condition.meanAgency);
  if ('meanCommunion' in condition) return within(meanPosition(classroom).communion, condition.meanCommunion);
  if ('minutesLeft' in condition) return within(classroom.lessonMinutes - classroom.minutesUsed, condition.minutesLeft);
  if ('chose' in condition) return context.chosen.includes(`${condition.chose.beat}/${condition.chose.choice}`);
  if ('all' in condition) return condition.all.every((inner) => conditionHolds(inner, context));
  if ('any' in condition) return condition.any.some((inner) => conditionHolds(inner, context));
  return !conditionHolds(condition.not, context);
}

/** The debrief notes of an ending that hold at the end of this path, in their order. */
export function notesThatHold(notes: readonly DebriefNote[], context: ConditionContext): Text[] {
  return notes.flatMap((note) => ('text' in note ? (conditionHolds(note.if, context) ? [note.text] : []) : [note]));
}
