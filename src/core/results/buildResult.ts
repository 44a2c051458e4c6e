/**
 * Builds the results file a student exports from the debrief (`ResultFile`, see resultFile.ts) out of a
 * finished run: the event log, each decision with where it was taken, its key, its text and its time,
 * the final model state, the score and its parts, the class profile, the reflections, and the "what if"
 * runs apart, each with the decision of the run it branched at, and for a run a whole group played
 * (projector mode) the group's tallies, each with the keys of the options it counted. Pure; imports only the file's types, so
 * zod stays out of the play bundle. Texts that could outgrow the file's bounds are cut to them, so an
 * export always passes the dashboard's check.
 */
import { choiceKey, decisionSource, timeUpKey, type CompiledScenario } from '../scenario/compile.ts';
import type { Language } from '../scenario/vocabulary.ts';
import { classProfileOf } from '../scoring/classProfile.ts';
import { isOverlooked, scoreLesson } from '../scoring/score.ts';
import { followedMajority, type GroupTally } from '../session/groupTallies.ts';
import { currentBeat, possibleEvents, step, startRun, type LoggedEvent, type Run } from '../session/run.ts';
import type { FeedbackMode, ResultDecision, ResultFile, ResultGroupTally, ResultRun } from './resultFile.ts';

/** Bounds of the file (as in resultFile.ts), for the fields a student types. */
export const NICKNAME_MAX = 60;
export const REFLECTION_ANSWER_MAX = 5000;
const REFLECTION_QUESTION_MAX = 1000;
const MAX_REFLECTIONS = 10;
const MAX_WHAT_IFS = 20;
const DECISION_TEXT_MAX = 2000;
const TITLE_MAX = 300;
const ASSIGNMENT_MAX = 200;
const MAX_TALLIES = 500;

/** A time-up has no option text of its own: what the student "chose" by letting the time run out. */
export const TIME_UP_TEXT: Readonly<Record<Language, string>> = {
  nl: 'Niets doen tot de tijd om is',
  en: 'Do nothing until time runs out',
};

export interface ResultExtra {
  lang: Language;
  nickname?: string;
  reflections: { question: string; answer: string }[];
  /** Finished runs branched from this one ("what if"), oldest first. */
  whatIf: Run[];
  feedback: FeedbackMode;
  /** The assignment the situation was played for, when it came from a lecturer's link. */
  assignment?: string;
  /** Set when a whole group played the run (projector mode), with the decisions it counted. */
  group?: { tallies: readonly GroupTally[] };
  now: Date;
}

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const say = (text: { nl: string; en?: string }, lang: Language) => text[lang] ?? text.nl;

export function resultOf(run: Run, extra: ResultExtra): ResultFile {
  const { compiled } = run;
  const { scenario } = compiled;
  const nickname = cut(extra.nickname?.trim() ?? '', NICKNAME_MAX);
  const assignment = extra.assignment === undefined ? '' : cut(extra.assignment, ASSIGNMENT_MAX);
  const main = runResult(run, extra.lang);
  return {
    format: 'klasdeur-result',
    version: 1,
    exportedAt: extra.now.toISOString(),
    lang: extra.lang,
    scenario: { id: scenario.id, title: cut(say(scenario.title, extra.lang), TITLE_MAX), contentHash: compiled.hash, myth: scenario.myth },
    ...(nickname ? { nickname } : {}),
    profile: { interests: [...run.options.profile.interests], temperament: run.options.profile.temperament },
    settings: { timePressure: run.options.timePressure, feedback: extra.feedback },
    ...(assignment ? { assignment } : {}),
    run: main,
    whatIf: extra.whatIf
      .filter((other) => other.compiled.hash === compiled.hash)
      .slice(0, MAX_WHAT_IFS)
      .map((other) => ({ ...runResult(other, extra.lang), branchedAt: branchedAt(run, other) })),
    reflections: extra.reflections.slice(0, MAX_REFLECTIONS).map(({ question, answer }) => ({
      question: cut(question, REFLECTION_QUESTION_MAX),
      answer: cut(answer, REFLECTION_ANSWER_MAX),
    })),
    ...(extra.group ? { group: { tallies: groupTalliesOf(run, extra.group.tallies) } } : {}),
  };
}

function runResult(run: Run, lang: Language): ResultRun {
  const { scenario } = run.compiled;
  const classroom = run.snapshot.context.classroom;
  const score = scoreLesson(classroom);
  const endingId = run.snapshot.context.ending;
  const ending = endingId ? scenario.endings[endingId] : undefined;
  return {
    events: run.events.map(eventOf),
    decisions: decisionsOf(run, lang),
    ending: ending && endingId ? { id: endingId, title: cut(say(ending.title, lang), TITLE_MAX) } : null,
    score: { total: score.total, parts: { ...score.parts }, overlookedPenalty: Math.min(100, score.overlookedPenalty) },
    meanPosition: { ...score.meanPosition },
    trajectory: classroom.trajectory.map((position) => ({ agency: position.agency, communion: position.communion })),
    // The profile's key, not its label: the same in every language, so a dashboard can count it.
    classProfile: classProfileOf(score.meanPosition).key,
    pupils: Object.fromEntries(
      Object.entries(classroom.pupils).map(([id, pupil]) => [
        id,
        {
          closeness: pupil.closeness,
          conflict: pupil.conflict,
          engagement: pupil.engagement,
          contacts: pupil.contacts,
          takesPart: pupil.takesPart,
          overlooked: isOverlooked(pupil),
        },
      ]),
    ),
  };
}

/** A logged event with only the fields the file knows. */
function eventOf(event: LoggedEvent): ResultRun['events'][number] {
  const at = event.at === undefined ? {} : { at: event.at };
  switch (event.type) {
    case 'choice.select':
      return { type: event.type, index: event.index, ...at };
    case 'incident.select':
      return { type: event.type, incident: event.incident, index: event.index, ...at };
    default:
      return { type: event.type, ...at };
  }
}

/**
 * Each choice or time-up of the run, replayed from the start so each is read in the state it was taken
 * in: a beat's choice is taken where the lesson was, an incident's where the incident asked, a time-up
 * by whichever was asking.
 */
function decisionsOf(run: Run, lang: Language): ResultDecision[] {
  const decisions: ResultDecision[] = [];
  let before = startRun(run.compiled, run.options);
  for (const event of run.events) {
    const key = keyOf(run.compiled, before, event);
    if (key !== undefined) {
      const [where = ''] = key.split('/');
      const source = decisionSource(run.compiled, key);
      const text = source && 'text' in source ? say(source.text, lang) : TIME_UP_TEXT[lang];
      decisions.push({ where, key, text: cut(text, DECISION_TEXT_MAX), ...(event.at === undefined ? {} : { atMs: event.at }) });
    }
    const next = step(before, event);
    if (!next) break;
    before = next;
  }
  return decisions;
}

/** The decision key an event records when sent in the state `before`; undefined for a plain continue. */
function keyOf(compiled: CompiledScenario, before: Run, event: LoggedEvent): string | undefined {
  const asking = before.snapshot.context.incidentAsking;
  switch (event.type) {
    case 'choice.select': {
      const beat = currentBeat(before) ?? '';
      const choice = compiled.scenario.beats[beat]?.choices?.[event.index];
      return choice ? choiceKey(beat, choice, event.index) : undefined;
    }
    case 'incident.select': {
      const choice = compiled.scenario.incidents?.[event.incident]?.choices[event.index];
      return choice ? choiceKey(event.incident, choice, event.index) : undefined;
    }
    case 'time.up':
      return timeUpKey(asking ?? currentBeat(before) ?? '');
    default:
      return undefined;
  }
}

/**
 * The group's tallies as the file keeps them: each at its decision, with the keys of the options offered
 * there in the order shown (the order the counts are in) and the option the log took as the one followed.
 * A tally that does not fit its decision (another number of options) is left out.
 */
function groupTalliesOf(run: Run, tallies: readonly GroupTally[]): ResultGroupTally[] {
  const byDecision = new Map(tallies.map((tally) => [tally.decision, tally]));
  const kept: ResultGroupTally[] = [];
  let before = startRun(run.compiled, run.options);
  let decision = 0;
  for (const event of run.events) {
    const key = keyOf(run.compiled, before, event);
    if (key !== undefined) {
      const tally = byDecision.get(decision);
      if (tally) {
        const options = possibleEvents(before)
          .filter((offered) => offered.type === 'choice.select' || offered.type === 'incident.select')
          .flatMap((offered) => keyOf(run.compiled, before, offered) ?? []);
        const followed = options.indexOf(key);
        if (followed >= 0 && options.length === tally.counts.length) {
          kept.push({ decision, options, counts: [...tally.counts], followed, majority: followedMajority({ counts: tally.counts, followed }) });
        }
      }
      decision++;
    }
    const next = step(before, event);
    if (!next) break;
    before = next;
  }
  return kept.slice(0, MAX_TALLIES);
}

const sameEvent = (a: LoggedEvent, b: LoggedEvent) =>
  a.type === b.type && ('index' in a ? a.index : -1) === ('index' in b ? b.index : -1) && ('incident' in a ? a.incident : '') === ('incident' in b ? b.incident : '');

/** The index, among the original run's decisions, of the one the branch took differently. */
function branchedAt(original: Run, branch: Run): number {
  let shared = 0;
  while (shared < original.events.length && shared < branch.events.length && sameEvent(original.events[shared]!, branch.events[shared]!)) shared++;
  return original.events.slice(0, shared).filter((event) => event.type !== 'continue').length;
}

/** `klasdeur-<scenario>-<yyyy-mm-dd>.<kind>`, with the date where the student is. */
export function resultFileName(scenarioId: string, now: Date, kind: 'json' | 'csv'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `klasdeur-${scenarioId}-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.${kind}`;
}
