/**
 * The view model: everything the layers above show of a run, in the chosen language, as plain data —
 * the place, what the pupils visibly do and how they look, the narration and lines, the reaction to the
 * last decision, the prompt (choices, continue, or the ending), the lesson clock and the time limit.
 * Rendering and the DOM overlay draw this and decide nothing.
 */
import type { PupilModel } from '../model/types.ts';
import { decisionSource } from '../scenario/compile.ts';
import { notesThatHold } from '../scenario/conditions.ts';
import type { Choice, IncidentChoice, Line, Reaction, StageDirection, Text } from '../scenario/schema.ts';
import type { Language, Level, Place, Pronoun, PupilAction } from '../scenario/vocabulary.ts';
import { lookOf, type FullLook } from './looks.ts';
import { currentBeat, isFinished, type Run } from './run.ts';

export type Mood = 'happy' | 'neutral' | 'bored' | 'upset';
export type Posture = 'upright' | 'leaning' | 'slumped' | 'turned-away';

export interface PupilView {
  id: string;
  name: string;
  /** From the cast, for generated sentences ("Noor steekt haar vinger op"); absent: phrase without one. */
  pronoun?: Pronoun;
  look: FullLook;
  mood: Mood;
  posture: Posture;
  /** What the pupil visibly does in this beat, if the scenario says. */
  doing?: PupilAction;
  /** The pupil has a line in this beat or the reaction. */
  speaking: boolean;
}

export interface LineView {
  speaker: string;
  name: string;
  text: string;
}

/**
 * A timed beat's clock: first a reading pause in which nothing counts down (the situation and the
 * options must be read before deciding is fair), then the beat's own seconds, counted down visibly.
 */
export interface TimeLimitView {
  readingSeconds: number;
  seconds: number;
}

export interface ChoiceView {
  index: number;
  text: string;
}

export type PromptView =
  | { kind: 'choices'; incident?: string; choices: ChoiceView[]; timeLimit?: TimeLimitView }
  | { kind: 'continue' }
  | { kind: 'ending'; ending: string; title: string; narration: string; debrief: string[] };

export interface ViewModel {
  scenarioId: string;
  title: string;
  lang: Language;
  /** Teenagers or ten-year-olds. */
  level: Level;
  finished: boolean;
  phase?: string;
  beat?: string;
  place: Place;
  /** What the class did right after the last decision. */
  reaction?: { narration?: string; lines: LineView[] };
  narration?: string;
  lines: LineView[];
  prompt: PromptView;
  pupils: PupilView[];
  /** The lesson's minutes, and when it starts on the wall clock (minutes after midnight). */
  clock: { lessonMinutes: number; minutesUsed: number; minutesLeft: number; startsAt: number };
  decisions: number;
  /** How restless the class is, 0–1: chatter, calling out. */
  restlessness: number;
  /** The optional live meters: the teacher's position as the class sees it now, each −1..1. */
  meters: { structure: number; closeness: number };
}

/** How pupils' inner state shows on the outside. */
const LOOKS = {
  upsetConflict: 0.5,
  turnedAwayConflict: 0.6,
  happyCloseness: 0.6,
  happyEngagement: 0.5,
  boredEngagement: 0.3,
  uprightEngagement: 0.65,
  leaningEngagement: 0.35,
} as const;

/**
 * Reading speeds for the pause before a countdown. Adults read running Dutch at about four words a second
 * (Brysbaert 2019: 238 words a minute for silent reading of non-fiction); we allow a slower, careful
 * reader three for the situation and four for options, which are skimmed and compared rather than read
 * in full.
 */
const SITUATION_WORDS_PER_SECOND = 3;
const OPTION_WORDS_PER_SECOND = 4;

const say = (text: Text | undefined, lang: Language): string | undefined => (text ? (text[lang] ?? text.nl) : undefined);

/** A first lesson of the day in a Flemish secondary school. */
const DEFAULT_LESSON_START = '8:25';

function minutesAfterMidnight(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function moodOf(pupil: PupilModel): Mood {
  if (pupil.conflict >= LOOKS.upsetConflict) return 'upset';
  if (pupil.closeness >= LOOKS.happyCloseness && pupil.engagement >= LOOKS.happyEngagement) return 'happy';
  if (pupil.engagement < LOOKS.boredEngagement) return 'bored';
  return 'neutral';
}

function postureOf(pupil: PupilModel): Posture {
  if (pupil.conflict >= LOOKS.turnedAwayConflict) return 'turned-away';
  if (pupil.engagement >= LOOKS.uprightEngagement) return 'upright';
  if (pupil.engagement >= LOOKS.leaningEngagement) return 'leaning';
  return 'slumped';
}

function wordCount(texts: readonly (string | undefined)[]): number {
  return texts.reduce((n, text) => n + (text ? text.split(/\s+/).filter(Boolean).length : 0), 0);
}

export function viewOf(run: Run, lang: Language): ViewModel {
  const { compiled, snapshot } = run;
  const { scenario, cast } = compiled;
  const context = snapshot.context;
  const names = new Map<string, string>([...cast.pupils, ...(cast.adults ?? [])].map((person) => [person.id, person.name]));
  const lineView = (line: Line): LineView => ({ speaker: line.speaker, name: names.get(line.speaker) ?? line.speaker, text: say(line.text, lang) ?? '' });

  const beatId = currentBeat(run);
  const beat = beatId ? scenario.beats[beatId] : undefined;
  const incident = context.incidentAsking ? scenario.incidents?.[context.incidentAsking] : undefined;

  const lastEvent = run.events.at(-1);
  const lastKey = context.chosen.at(-1);
  const reactionSource: Reaction | undefined =
    lastEvent && lastEvent.type !== 'continue' && lastKey ? decisionSource(compiled, lastKey)?.reaction : undefined;
  const reaction = reactionSource
    ? { narration: say(reactionSource.narration, lang), lines: (reactionSource.lines ?? []).map(lineView) }
    : undefined;

  const shown = incident ?? beat;
  const narration = say(shown?.narration, lang);
  const lines = (shown?.lines ?? []).map(lineView);
  const stage: StageDirection[] = [...(beat?.pupils ?? []), ...(incident?.pupils ?? [])];

  let prompt: PromptView;
  if (context.ending !== null) {
    const ending = scenario.endings[context.ending]!;
    prompt = {
      kind: 'ending',
      ending: context.ending,
      title: say(ending.title, lang) ?? '',
      narration: say(ending.narration, lang) ?? '',
      debrief: notesThatHold(ending.debrief, context).map((note) => say(note, lang) ?? ''),
    };
  } else if (incident || beat?.choices) {
    const choices = (incident?.choices ?? beat?.choices ?? []) as (Choice | IncidentChoice)[];
    const offered = choices
      .map((choice, index) => ({ index, text: say(choice.text, lang) ?? '' }))
      .filter(({ index }) =>
        snapshot.can(incident ? { type: 'incident.select', incident: context.incidentAsking!, index } : { type: 'choice.select', index }),
      );
    const timeLimit = (incident ?? beat)?.timeLimit;
    const situationWords = wordCount([reaction?.narration, ...(reaction?.lines ?? []).map((l) => l.text), narration, ...lines.map((l) => l.text)]);
    const optionWords = wordCount(offered.map((c) => c.text));
    const readingSeconds = Math.ceil(situationWords / SITUATION_WORDS_PER_SECOND + optionWords / OPTION_WORDS_PER_SECOND);
    prompt = {
      kind: 'choices',
      ...(incident ? { incident: context.incidentAsking! } : {}),
      choices: offered,
      ...(timeLimit && context.timePressure ? { timeLimit: { readingSeconds, seconds: timeLimit.seconds } } : {}),
    };
  } else {
    prompt = { kind: 'continue' };
  }

  const speakers = new Set([...lines, ...(reaction?.lines ?? [])].map((line) => line.speaker));
  const doing = new Map<string, PupilAction>();
  for (const direction of stage) {
    const who = direction.who === 'klas' ? Object.keys(context.classroom.pupils) : direction.who;
    for (const id of who) doing.set(id, direction.does);
  }
  const pupils = cast.pupils
    .filter((pupil) => context.classroom.pupils[pupil.id])
    .map((pupil): PupilView => {
      const model = context.classroom.pupils[pupil.id]!;
      const action = doing.get(pupil.id);
      return {
        id: pupil.id,
        name: pupil.name,
        pronoun: pupil.pronoun,
        look: lookOf(pupil),
        mood: moodOf(model),
        posture: postureOf(model),
        ...(action ? { doing: action } : {}),
        speaking: speakers.has(pupil.id),
      };
    });

  const { lessonMinutes, minutesUsed } = context.classroom;
  return {
    scenarioId: scenario.id,
    title: say(scenario.title, lang) ?? scenario.id,
    lang,
    level: scenario.level,
    finished: isFinished(run),
    ...(beat?.phase ? { phase: beat.phase } : {}),
    ...(beatId ? { beat: beatId } : {}),
    place: beat?.place ?? 'klasdeur',
    ...(reaction ? { reaction } : {}),
    ...(narration ? { narration } : {}),
    lines,
    prompt,
    pupils,
    clock: { lessonMinutes, minutesUsed, minutesLeft: Math.max(0, lessonMinutes - minutesUsed), startsAt: minutesAfterMidnight(scenario.lessonStart ?? DEFAULT_LESSON_START) },
    decisions: context.classroom.decisions,
    restlessness: context.classroom.disruption,
    meters: { structure: context.classroom.teacher.agency, closeness: context.classroom.teacher.communion },
  };
}
