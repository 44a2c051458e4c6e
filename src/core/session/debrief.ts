/**
 * What the debrief of a finished run says, in the chosen language: the ending and its notes, the score
 * with its five parts and one sentence of why for each, the trajectory on the circle, the class profile
 * the lesson resembles, the class map (closeness and conflict per pupil), the pupils who were overlooked,
 * the frame-of-reference question, the myth with what this path showed about it and the evidence, and
 * the reflection questions. Plain data for the CLI and the UI.
 */
import type { CirclePosition } from '../model/types.ts';
import { notesThatHold } from '../scenario/conditions.ts';
import { MYTH_STATEMENTS, type Language, type Myth } from '../scenario/vocabulary.ts';
import { classProfileOf } from '../scoring/classProfile.ts';
import { frameOfReferenceQuestion } from '../scoring/frameOfReference.ts';
import { mythNotes } from '../scoring/mythNotes.ts';
import { scoreLesson, type ScoreBreakdown } from '../scoring/score.ts';
import type { Run } from './run.ts';

type ScorePart = keyof ScoreBreakdown['parts'];

/** The five parts of the score as the debrief names them. */
export const SCORE_PART_LABELS: Readonly<Record<ScorePart, { nl: string; en: string }>> = {
  profile: { nl: 'Structuur én nabijheid', en: 'Structure and closeness' },
  relationship: { nl: 'Band met de leerlingen', en: 'Bond with the pupils' },
  equity: { nl: 'Niemand valt uit de boot', en: 'Nobody left out' },
  engagement: { nl: 'Betrokkenheid en leerwinst', en: 'Engagement and learning' },
  repair: { nl: 'Herstel na een botsing', en: 'Repair after a clash' },
};

/** Reflection questions when a scenario brings none of its own. */
const GENERAL_REFLECTION: readonly { nl: string; en: string }[] = [
  {
    nl: 'Welk moment uit deze les zou je morgen anders aanpakken? Wat zou je dan doen of zeggen?',
    en: 'Which moment of this lesson would you handle differently tomorrow? What would you do or say?',
  },
  {
    nl: 'Welke leerling ken je na deze les beter, en wie nog niet? Hoe zou je die leerling volgende keer aanspreken?',
    en: 'Which pupil do you know better after this lesson, and whom not yet? How would you approach that pupil next time?',
  },
  {
    nl: 'Waar gaven structuur en nabijheid elkaar in deze les versterking, en waar stonden ze elkaar in de weg?',
    en: 'Where did structure and closeness strengthen each other in this lesson, and where did they get in each other’s way?',
  },
];

export interface ClassMapEntry {
  id: string;
  name: string;
  closeness: number;
  conflict: number;
  takesPart: boolean;
  overlooked: boolean;
}

export interface Debrief {
  ending?: { id: string; title: string; narration: string; notes: string[] };
  score: ScoreBreakdown;
  /** One sentence per part saying where its number comes from. */
  why: Record<ScorePart, string>;
  /** The teacher's position after each decision with behaviour, and its mean. */
  trajectory: CirclePosition[];
  classProfile: string;
  classMap: ClassMapEntry[];
  overlooked: string[];
  frameOfReference?: string;
  myth: { key: Myth; statement: string; notes: string[] };
  evidence: { source: string; note: string }[];
  reflection: string[];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const two = (value: number, lang: Language) => (lang === 'nl' ? value.toFixed(2).replace('.', ',') : value.toFixed(2));

function whyOf(score: ScoreBreakdown, lang: Language): Record<ScorePart, string> {
  const { agency, communion } = score.meanPosition;
  const nl = lang === 'nl';
  const weaker = score.weakerSide === 'agency' ? (nl ? 'structuur' : 'structure') : nl ? 'nabijheid' : 'closeness';
  return {
    profile: nl
      ? `Gemiddeld over je beslissingen zag de klas ${two(agency, lang)} structuur en ${two(communion, lang)} nabijheid; het profiel is zo sterk als de zwakste kant, hier ${weaker}.`
      : `Averaged over your decisions the class saw ${two(agency, lang)} structure and ${two(communion, lang)} closeness; the profile is as strong as its weaker side, here ${weaker}.`,
    relationship: nl
      ? `Bij de ${score.participants} leerlingen die meespeelden, kwam de nabijheid gemiddeld op ${percent(score.meanCloseness)} en het conflict op ${percent(score.meanConflict)}.`
      : `With the ${score.participants} pupils who took part, closeness averaged ${percent(score.meanCloseness)} and conflict ${percent(score.meanConflict)}.`,
    equity: nl
      ? `Ook de leerlingen met wie de band het zwakst bleef, telden mee: ${score.pupilsContacted} van de ${score.participants} kregen een persoonlijk woord.`
      : `The pupils with the weakest bond count too: ${score.pupilsContacted} of the ${score.participants} got a personal word.`,
    engagement: nl
      ? `De klas was gemiddeld voor ${percent(score.meanEngagement)} betrokken en de les kwam ${percent(score.progress)} ver.`
      : `The class was ${percent(score.meanEngagement)} engaged on average and the lesson got ${percent(score.progress)} of the way.`,
    repair:
      score.clashes === 0
        ? nl
          ? 'Er kwam geen botsing: er viel niets te herstellen.'
          : 'There was no clash: nothing needed repairing.'
        : score.clashes === 1
          ? nl
            ? score.clashesRepairedInTime === 1
              ? 'Er was één botsing, en je herstelde ze op tijd.'
              : 'Er was één botsing, en je herstelde ze niet op tijd.'
            : score.clashesRepairedInTime === 1
              ? 'There was one clash, and you repaired it in time.'
              : 'There was one clash, and you did not repair it in time.'
          : nl
            ? `Van de ${score.clashes} botsingen herstelde je er ${score.clashesRepairedInTime} op tijd.`
            : `Of the ${score.clashes} clashes you repaired ${score.clashesRepairedInTime} in time.`,
  };
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
  const overlooked = new Set(score.overlooked);
  return {
    ...(ending && endingId
      ? { ending: { id: endingId, title: say(ending.title), narration: say(ending.narration), notes: notesThatHold(ending.debrief, run.snapshot.context).map(say) } }
      : {}),
    score,
    why: whyOf(score, lang),
    trajectory: classroom.trajectory,
    classProfile: classProfileOf(score.meanPosition).label[lang],
    classMap: cast.pupils
      .filter((pupil) => classroom.pupils[pupil.id])
      .map((pupil) => {
        const model = classroom.pupils[pupil.id]!;
        return { id: pupil.id, name: pupil.name, closeness: model.closeness, conflict: model.conflict, takesPart: model.takesPart, overlooked: overlooked.has(pupil.id) };
      }),
    overlooked: score.overlooked.map((id) => names[id] ?? id),
    ...(question ? { frameOfReference: question[lang] } : {}),
    myth: { key: scenario.myth, statement: MYTH_STATEMENTS[scenario.myth][lang], notes: mythNotes(scenario.myth, score).map((note) => note[lang]) },
    evidence: scenario.evidence.map((item) => ({ source: item.source, note: say(item.note) })),
    reflection: (scenario.reflection ?? GENERAL_REFLECTION).map(say),
  };
}
