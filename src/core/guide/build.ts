/**
 * Builds the lecturer's guide to a compiled scenario in one language: the header (title, summary, level,
 * lesson length, class), the myth, goals, evidence, discussion questions, the people who take part, the
 * script of every beat in reading order (order.ts) with every option, time limit, branch and incident
 * said in words, and the endings with how they are reached and their debrief notes. Pure: the same
 * scenario and language always give the same guide.
 */
import type { CompiledScenario } from '../scenario/compile.ts';
import type { Adult, Beat, Choice, Incident, IncidentChoice, Line, Reaction, TimeLimit } from '../scenario/schema.ts';
import { INTEREST_LABELS, MYTH_STATEMENTS, PLACE_LABELS, TEMPERAMENT_LABELS, type Language } from '../scenario/vocabulary.ts';
import { conditionWords } from './conditionWords.ts';
import { LEVEL_LABELS } from './labels.ts';
import type {
  GuideAction,
  GuideBeat,
  GuideDocument,
  GuideEnding,
  GuideIncident,
  GuideLine,
  GuideLink,
  GuideOption,
  GuidePerson,
  GuideReaction,
  GuideTimeLimit,
} from './model.ts';
import { readingOrder } from './order.ts';
import { MYTH_QUESTIONS } from './questions.ts';
import {
  behaviourWords,
  effectWords,
  listWords,
  minutesWords,
  numberWords,
  quoted,
  roleWords,
  say,
  stageWords,
  targetWords,
  type WordContext,
} from './words.ts';

type IncidentTimeLimit = NonNullable<Incident['timeLimit']>;

/** Element ids for links within the guide; prefixed so they cannot clash with the game page around it. */
export const beatAnchor = (id: string) => `guide-beat-${id}`;
export const endingAnchor = (id: string) => `guide-ending-${id}`;
export const incidentAnchor = (id: string) => `guide-incident-${id}`;

function wordContext(compiled: CompiledScenario, lang: Language, numbers: ReadonlyMap<string, number>): WordContext {
  const { scenario, cast } = compiled;
  const adults = new Map<string, Adult>((cast.adults ?? []).map((adult) => [adult.id, adult]));
  const names = new Map<string, string>([...cast.pupils, ...(cast.adults ?? [])].map((person) => [person.id, person.name]));
  const ending = lang === 'nl' ? 'einde' : 'ending';
  return {
    lang,
    scenario,
    names,
    adults,
    link(id) {
      const number = numbers.get(id);
      if (number !== undefined) return { kind: 'beat', id, anchor: beatAnchor(id), label: `${number} · ${id}` };
      const target = scenario.endings[id];
      return { kind: 'ending', id, anchor: endingAnchor(id), label: target ? `${ending} ${quoted(say(target.title, lang))}` : `${ending} '${id}'` };
    },
    beatInSentence: (id) =>
      numbers.has(id) || !scenario.incidents?.[id] ? `moment ${numbers.get(id) ?? '?'} (${id})` : `${lang === 'nl' ? 'het incident' : 'the incident'} ${id}`,
  };
}

function lineOf(line: Line, context: WordContext): GuideLine {
  return { speaker: line.speaker, name: context.names.get(line.speaker) ?? line.speaker, text: say(line.text, context.lang) };
}

function reactionOf(reaction: Reaction, context: WordContext): GuideReaction {
  return {
    ...(reaction.narration ? { narration: say(reaction.narration, context.lang) } : {}),
    lines: (reaction.lines ?? []).map((line) => lineOf(line, context)),
  };
}

function actionOf(source: Choice | IncidentChoice | TimeLimit | IncidentTimeLimit, context: WordContext): GuideAction {
  return {
    behaviour: behaviourWords(source.behaviour, context.lang),
    target: targetWords(source.target, context),
    minutes: minutesWords(source.minutes, context.lang),
    effects: (source.effects ?? []).map((effect) => effectWords(effect, context)),
    ...(source.reaction ? { reaction: reactionOf(source.reaction, context) } : {}),
    ...('next' in source && source.next !== undefined ? { leadsTo: context.link(source.next) } : {}),
  };
}

function optionsOf(choices: readonly (Choice | IncidentChoice)[] | undefined, context: WordContext): GuideOption[] {
  return (choices ?? []).map((choice, index) => ({
    number: index + 1,
    ...(choice.id !== undefined ? { id: choice.id } : {}),
    text: say(choice.text, context.lang),
    ...(choice.if ? { onlyIf: conditionWords(choice.if, context) } : {}),
    ...actionOf(choice, context),
  }));
}

function timeLimitOf(limit: TimeLimit | IncidentTimeLimit | undefined, context: WordContext): { timeLimit?: GuideTimeLimit } {
  return limit ? { timeLimit: { seconds: limit.seconds, ...actionOf(limit, context) } } : {};
}

function incidentOf(id: string, incident: Incident, context: WordContext): GuideIncident {
  const nl = context.lang === 'nl';
  const where = context.beatInSentence(incident.at);
  const when = incident.if ? (nl ? `, als ${conditionWords(incident.if, context)}` : `, if ${conditionWords(incident.if, context)}`) : '';
  const how = incident.interrupts
    ? nl
      ? 'Het onderbreekt dat moment meteen.'
      : 'It interrupts that moment at once.'
    : nl
      ? 'Het wacht tot de speler dat moment afgehandeld heeft.'
      : 'It waits until the player has answered that moment.';
  return {
    id,
    anchor: incidentAnchor(id),
    start: `${nl ? 'Begint bij' : 'Starts at'} ${where}${when}. ${how}`,
    stage: stageWords(incident.pupils, context),
    ...(incident.narration ? { narration: say(incident.narration, context.lang) } : {}),
    lines: (incident.lines ?? []).map((line) => lineOf(line, context)),
    options: optionsOf(incident.choices, context),
    ...timeLimitOf(incident.timeLimit, context),
  };
}

function beatOf(id: string, beat: Beat, number: number, unreachable: boolean, context: WordContext): GuideBeat {
  const { lang, scenario } = context;
  const incidents = Object.entries(scenario.incidents ?? {})
    .filter(([, incident]) => incident.at === id)
    .map(([incidentId, incident]) => incidentOf(incidentId, incident, context));
  return {
    number,
    id,
    anchor: beatAnchor(id),
    ...(beat.phase !== undefined ? { phase: beat.phase } : {}),
    place: PLACE_LABELS[beat.place][lang],
    stage: stageWords(beat.pupils, context),
    ...(beat.narration ? { narration: say(beat.narration, lang) } : {}),
    lines: (beat.lines ?? []).map((line) => lineOf(line, context)),
    kind: beat.choices ? 'choices' : beat.branches ? 'branches' : 'continue',
    options: optionsOf(beat.choices, context),
    ...timeLimitOf(beat.timeLimit, context),
    branches: (beat.branches ?? []).map((branch) => ({ condition: conditionWords(branch.if, context), leadsTo: context.link(branch.next) })),
    ...(beat.otherwise !== undefined ? { otherwise: context.link(beat.otherwise) } : {}),
    ...(beat.next !== undefined ? { next: context.link(beat.next) } : {}),
    incidents,
    ...(unreachable ? { unreachable } : {}),
  };
}

/** Every way into an ending, in script order: "vanuit moment 14 (einde), als …". */
function waysInto(endingId: string, order: readonly string[], context: WordContext): string[] {
  const nl = context.lang === 'nl';
  const ways: string[] = [];
  for (const beatId of order) {
    const beat = context.scenario.beats[beatId]!;
    const from = `${nl ? 'vanuit' : 'from'} ${context.beatInSentence(beatId)}`;
    (beat.choices ?? []).forEach((choice) => {
      if (choice.next === endingId) ways.push(`${from}, ${nl ? 'met de keuze' : 'by choosing'} ${quoted(say(choice.text, context.lang))}`);
    });
    if (beat.timeLimit?.next === endingId) ways.push(`${from}, ${nl ? 'als de tijd om is' : 'when time is up'}`);
    for (const branch of beat.branches ?? []) {
      if (branch.next === endingId) ways.push(`${from}, ${nl ? 'als' : 'if'} ${conditionWords(branch.if, context)}`);
    }
    if (beat.otherwise === endingId) ways.push(`${from}, ${nl ? 'als geen van de takken ervoor klopt' : 'when none of the branches before it holds'}`);
    if (beat.next === endingId) ways.push(from);
  }
  return ways;
}

function endingsOf(order: readonly string[], context: WordContext): GuideEnding[] {
  return Object.entries(context.scenario.endings).map(([id, ending]) => ({
    id,
    anchor: endingAnchor(id),
    title: say(ending.title, context.lang),
    narration: say(ending.narration, context.lang),
    reachedFrom: waysInto(id, order, context),
    notes: ending.debrief.map((note) =>
      'text' in note ? { condition: conditionWords(note.if, context), text: say(note.text, context.lang) } : { text: say(note, context.lang) },
    ),
  }));
}

/** Ids of the adults who speak or are spoken to anywhere in the scenario. */
function adultsInScenario(compiled: CompiledScenario): Set<string> {
  const adultIds = new Set((compiled.cast.adults ?? []).map((adult) => adult.id));
  const found = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if ((key === 'speaker' || key === 'adult') && adultIds.has(value)) found.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => walk(item, key));
    } else if (value !== null && typeof value === 'object') {
      for (const [innerKey, inner] of Object.entries(value)) walk(inner, innerKey);
    }
  };
  walk({ beats: compiled.scenario.beats, incidents: compiled.scenario.incidents });
  return found;
}

function peopleOf(compiled: CompiledScenario, context: WordContext): GuidePerson[] {
  const { lang } = context;
  const nl = lang === 'nl';
  const taking = new Set(compiled.participants);
  const pupils = compiled.cast.pupils
    .filter((pupil) => taking.has(pupil.id))
    .map((pupil): GuidePerson => {
      const parts = [TEMPERAMENT_LABELS[pupil.temperament][lang]];
      if (pupil.interests.length > 0) {
        parts.push(`${nl ? 'houdt van' : 'likes'} ${listWords(pupil.interests.map((interest) => INTEREST_LABELS[interest][lang]), lang)}`);
      }
      if (pupil.vulnerable) parts.push(nl ? 'kwetsbaar' : 'vulnerable');
      const start = compiled.scenario.startingState?.[pupil.id];
      const startParts = start
        ? [
            ...(start.closeness !== undefined ? [`${nl ? 'nabijheid' : 'closeness'} ${numberWords(start.closeness)}`] : []),
            ...(start.conflict !== undefined ? [`conflict ${numberWords(start.conflict)}`] : []),
            ...(start.engagement !== undefined ? [`${nl ? 'betrokkenheid' : 'engagement'} ${numberWords(start.engagement)}`] : []),
          ]
        : [];
      return {
        id: pupil.id,
        name: pupil.name,
        kind: 'pupil',
        description: parts.join('; '),
        ...(pupil.reputation ? { reputation: say(pupil.reputation, lang) } : {}),
        ...(startParts.length > 0 ? { startingState: startParts.join(', ') } : {}),
      };
    });
  const speaking = adultsInScenario(compiled);
  const adults = (compiled.cast.adults ?? [])
    .filter((adult) => speaking.has(adult.id))
    .map((adult): GuidePerson => ({ id: adult.id, name: adult.name, kind: 'adult', description: roleWords(adult, context) }));
  return [...pupils, ...adults];
}

export function buildGuide(compiled: CompiledScenario, lang: Language): GuideDocument {
  const { scenario, cast } = compiled;
  const { order, unreachable } = readingOrder(scenario);
  const numbers = new Map(order.map((id, index) => [id, index + 1]));
  const context = wordContext(compiled, lang, numbers);
  return {
    lang,
    scenarioId: scenario.id,
    title: say(scenario.title, lang),
    summary: say(scenario.summary, lang),
    level: LEVEL_LABELS[scenario.level][lang],
    lessonMinutes: scenario.lessonMinutes,
    duration: `${scenario.lessonMinutes} ${lang === 'nl' ? 'minuten' : 'minutes'}`,
    castName: say(cast.name, lang),
    myth: { key: scenario.myth, statement: MYTH_STATEMENTS[scenario.myth][lang] },
    goals: scenario.goals.map((goal) => say(goal, lang)),
    evidence: scenario.evidence.map((item) => ({ source: item.source, note: say(item.note, lang) })),
    questions: {
      fromScenario: (scenario.reflection ?? []).map((question) => say(question, lang)),
      onTheMyth: MYTH_QUESTIONS[scenario.myth].map((question) => question[lang]),
    },
    people: peopleOf(compiled, context),
    script: order.map((id, index) => beatOf(id, scenario.beats[id]!, index + 1, unreachable.has(id), context)),
    endings: endingsOf(order, context),
  };
}
