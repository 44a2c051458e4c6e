/**
 * What the debrief of a finished run says, in the chosen language: the ending and its notes, the score
 * with its parts, the class profile the lesson resembles, the pupils who were overlooked, the
 * frame-of-reference question and the notes on the scenario's myth. Plain data for the CLI and the UI.
 */
import { scoreLesson, type ScoreBreakdown } from '../scoring/score.ts';
import { classProfileOf } from '../scoring/classProfile.ts';
import { frameOfReferenceQuestion } from '../scoring/frameOfReference.ts';
import { mythNotes } from '../scoring/mythNotes.ts';
import { notesThatHold } from '../scenario/conditions.ts';
import type { Language, Myth } from '../scenario/vocabulary.ts';
import type { Run } from './run.ts';

/** The five parts of the score as the debrief names them. */
export const SCORE_PART_LABELS: Readonly<Record<keyof ScoreBreakdown['parts'], { nl: string; en: string }>> = {
  profile: { nl: 'Structuur én nabijheid', en: 'Structure and closeness' },
  relationship: { nl: 'Band met de leerlingen', en: 'Bond with the pupils' },
  equity: { nl: 'Niemand valt uit de boot', en: 'Nobody left out' },
  engagement: { nl: 'Betrokkenheid en leerwinst', en: 'Engagement and learning' },
  repair: { nl: 'Herstel na een botsing', en: 'Repair after a clash' },
};

export interface Debrief {
  ending?: { id: string; title: string; narration: string; notes: string[] };
  score: ScoreBreakdown;
  classProfile: string;
  overlooked: string[];
  frameOfReference?: string;
  myth: Myth;
  mythNotes: string[];
}

export function debriefOf(run: Run, lang: Language): Debrief {
  const { scenario, cast } = run.compiled;
  const classroom = run.snapshot.context.classroom;
  const score = scoreLesson(classroom);
  const names = Object.fromEntries(cast.pupils.map((pupil) => [pupil.id, pupil.name]));
  const endingId = run.snapshot.context.ending;
  const ending = endingId ? scenario.endings[endingId] : undefined;
  const say = (text: { nl: string; en?: string }) => text[lang] ?? text.nl;
  const question = frameOfReferenceQuestion(classroom, names);
  return {
    ...(ending && endingId
      ? { ending: { id: endingId, title: say(ending.title), narration: say(ending.narration), notes: notesThatHold(ending.debrief, run.snapshot.context).map(say) } }
      : {}),
    score,
    classProfile: classProfileOf(score.meanPosition).label[lang],
    overlooked: score.overlooked.map((id) => names[id] ?? id),
    ...(question ? { frameOfReference: question[lang] } : {}),
    myth: scenario.myth,
    mythNotes: mythNotes(scenario.myth, score).map((note) => note[lang]),
  };
}
