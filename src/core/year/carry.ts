/**
 * What one chapter of a school year hands to the next: each pupil's closeness, conflict and engagement at
 * the end of the chapter, after the weeks in between have worked on them (PARAMS.betweenChapters). Pure.
 */
import { PARAMS } from '../model/params.ts';
import type { ClassroomState } from '../model/types.ts';
import type { PupilState } from '../scenario/schema.ts';

export function carriedState(classroom: ClassroomState): Record<string, PupilState> {
  const start = PARAMS.pupilStart;
  const between = PARAMS.betweenChapters;
  const carried: Record<string, PupilState> = {};
  for (const [id, pupil] of Object.entries(classroom.pupils)) {
    carried[id] = {
      closeness: pupil.closeness > start.closeness ? pupil.closeness - between.closenessDrift * (pupil.closeness - start.closeness) : pupil.closeness,
      conflict: pupil.conflict * (1 - between.conflictFade),
      engagement: pupil.engagement + between.engagementReturn * (start.engagement - pupil.engagement),
    };
  }
  return carried;
}
