/**
 * Turns many results files into the dashboard's model (model.ts). Results are grouped per situation and
 * version: those made against the situation as compiled now are counted against its beats and choices
 * (every option listed, also those nobody took); those made against another version, or for a situation
 * this copy does not ship, get a summary of their own built from the files' decision texts, so an old
 * file never bends the bars of the current version. A run that appears twice is counted once and named
 * in `duplicates`. Only each file's own run counts, not its "what if" branches. A group run's tallies
 * (projector mode) add to the options' `votes`, each vote as one student, in place of the group run's own
 * single choice there; they are counted against the current version only, where every option is known
 * (elsewhere a group run counts as one result, like any other). Pure.
 */
import { TIME_UP_TEXT } from '../results/buildResult.ts';
import type { ResultFile } from '../results/resultFile.ts';
import { choiceKey, timeUpKey, type CompiledScenario } from '../scenario/compile.ts';
import { readingOrder } from '../guide/order.ts';
import { resultIdentity } from './identity.ts';
import type {
  DashboardModel,
  DecisionPoint,
  EndingCount,
  LocalText,
  OptionCount,
  OverlookedPupil,
  ReflectionGroup,
  RoosEntry,
  ScoreSummary,
  SituationSummary,
  SummaryVersion,
} from './model.ts';
import { plainAnswer, plainName } from './plainText.ts';

interface Group {
  key: string;
  scenarioId: string;
  version: SummaryVersion;
  compiled?: CompiledScenario;
  results: ResultFile[];
}

/** The label of a result without a nickname; "Student" reads the same in Dutch and English. */
export const anonymousLabel = (ordinal: number) => `Student ${ordinal}`;

export function aggregate(results: readonly ResultFile[], scenarios: readonly CompiledScenario[]): DashboardModel {
  const firstIndex = new Map<string, number>();
  const duplicates: DashboardModel['duplicates'] = [];
  const unique: ResultFile[] = [];
  results.forEach((result, index) => {
    const identity = resultIdentity(result);
    const first = firstIndex.get(identity);
    if (first === undefined) {
      firstIndex.set(identity, index);
      unique.push(result);
    } else {
      duplicates.push({ index, duplicateOf: first });
    }
  });

  const compiledById = new Map(scenarios.map((compiled) => [compiled.scenario.id, compiled]));
  const groups = new Map<string, Group>();
  for (const result of unique) {
    const compiled = compiledById.get(result.scenario.id);
    const version: SummaryVersion = !compiled ? 'unknown' : compiled.hash === result.scenario.contentHash ? 'current' : 'other';
    const key = version === 'current' ? result.scenario.id : `${result.scenario.id}@${version}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, scenarioId: result.scenario.id, version, ...(compiled ? { compiled } : {}), results: [] };
      groups.set(key, group);
    }
    group.results.push(result);
  }

  const ordered: Group[] = [];
  for (const compiled of scenarios) {
    for (const key of [compiled.scenario.id, `${compiled.scenario.id}@other`]) {
      const group = groups.get(key);
      if (group) ordered.push(group);
    }
  }
  for (const group of groups.values()) if (group.version === 'unknown') ordered.push(group);

  return { situations: ordered.map(summarise), results: unique.length, duplicates };
}

function summarise(group: Group): SituationSummary {
  const { compiled, results } = group;
  const roos = roosOf(results);
  const scores = scoresOf(results.map((result) => result.run.score.total));
  return {
    key: group.key,
    scenarioId: group.scenarioId,
    title: compiled ? compiled.scenario.title : { nl: results[0]?.scenario.title ?? group.scenarioId },
    version: group.version,
    results: results.length,
    groupRuns: results.filter((result) => result.group !== undefined).length,
    decisionPoints: compiled && group.version === 'current' ? pointsOfScenario(compiled, results) : pointsOfFiles(results, compiled),
    roos,
    ...(scores ? { scores } : {}),
    overlooked: overlookedOf(results, compiled),
    reflections: reflectionsOf(results, roos),
    endings: endingsOf(results, compiled, group.version),
    unfinished: results.filter((result) => result.run.ending === null).length,
  };
}

/** Every decision point of the scenario in the guide's reading order, each incident after the beat it starts at. */
function pointsOfScenario(compiled: CompiledScenario, results: readonly ResultFile[]): DecisionPoint[] {
  const { beats, incidents = {} } = compiled.scenario;
  const points: DecisionPoint[] = [];
  const timeUp = (owner: string, next?: string): OptionCount => ({
    key: timeUpKey(owner),
    text: { ...TIME_UP_TEXT },
    timeUp: true,
    count: 0,
    votes: 0,
    groupVotes: 0,
    ...(next !== undefined ? { next } : {}),
  });
  const incidentsPlaced = new Set<string>();
  const addIncidentsAt = (beatId: string | undefined) => {
    for (const [id, incident] of Object.entries(incidents)) {
      if (incidentsPlaced.has(id) || (beatId !== undefined && incident.at !== beatId)) continue;
      incidentsPlaced.add(id);
      const options: OptionCount[] = incident.choices.map((choice, index) => ({
        key: choiceKey(id, choice, index),
        text: choice.text,
        timeUp: false,
        count: 0,
        votes: 0,
        groupVotes: 0,
      }));
      if (incident.timeLimit) options.push(timeUp(id));
      points.push({ id, kind: 'incident', ...(incident.narration ? { narration: incident.narration } : {}), reached: 0, voters: 0, groupVotes: 0, options });
    }
  };
  for (const beatId of readingOrder(compiled.scenario).order) {
    const beat = beats[beatId]!;
    if (beat.choices || beat.timeLimit) {
      const options: OptionCount[] = (beat.choices ?? []).map((choice, index) => ({
        key: choiceKey(beatId, choice, index),
        text: choice.text,
        timeUp: false,
        count: 0,
        votes: 0,
        groupVotes: 0,
        next: choice.next,
      }));
      if (beat.timeLimit) options.push(timeUp(beatId, beat.timeLimit.next));
      points.push({ id: beatId, kind: 'beat', ...(beat.narration ? { narration: beat.narration } : {}), reached: 0, voters: 0, groupVotes: 0, options });
    }
    addIncidentsAt(beatId);
  }
  addIncidentsAt(undefined);

  const byKey = new Map<string, { point: DecisionPoint; option: OptionCount }>();
  for (const point of points) for (const option of point.options) byKey.set(option.key, { point, option });
  /** Per point and per option, the group runs whose single choice there its votes stand in for. */
  const replaced = new Map<DecisionPoint | OptionCount, number>();
  for (const result of results) {
    const reached = new Set<DecisionPoint>();
    const taken = new Set(result.run.decisions.map((decision) => decision.key));
    for (const key of taken) {
      const found = byKey.get(key);
      if (!found) continue;
      found.option.count++;
      reached.add(found.point);
    }
    for (const point of reached) point.reached++;
    const voted = new Set<DecisionPoint | OptionCount>();
    for (const tally of result.group?.tallies ?? []) {
      const found = tally.options.map((key) => byKey.get(key));
      const point = found[0]?.point;
      const followed = found[tally.followed];
      // A tally whose options are not all of one decision point of this version is not counted.
      if (!point || !followed || found.some((entry) => entry?.point !== point) || !taken.has(followed.option.key)) continue;
      tally.counts.forEach((count, position) => (found[position]!.option.groupVotes += count));
      point.groupVotes += tally.counts.reduce((sum, count) => sum + count, 0);
      voted.add(point).add(followed.option);
    }
    for (const counted of voted) replaced.set(counted, (replaced.get(counted) ?? 0) + 1);
  }
  for (const point of points) {
    point.voters = point.reached - (replaced.get(point) ?? 0) + point.groupVotes;
    for (const option of point.options) option.votes = option.count - (replaced.get(option) ?? 0) + option.groupVotes;
  }
  return points;
}

/** Decision points as the files name them, in the order they first appear; options nobody took are unknown here. */
function pointsOfFiles(results: readonly ResultFile[], compiled: CompiledScenario | undefined): DecisionPoint[] {
  const points = new Map<string, { point: DecisionPoint; options: Map<string, OptionCount> }>();
  for (const result of results) {
    const reached = new Set<DecisionPoint>();
    const counted = new Set<string>();
    for (const decision of result.run.decisions) {
      if (counted.has(decision.key)) continue;
      counted.add(decision.key);
      const [owner = ''] = decision.key.split('/');
      let entry = points.get(owner);
      if (!entry) {
        const kind = compiled?.scenario.incidents?.[owner] ? 'incident' : 'beat';
        entry = { point: { id: owner, kind, reached: 0, voters: 0, groupVotes: 0, options: [] }, options: new Map() };
        points.set(owner, entry);
      }
      let option = entry.options.get(decision.key);
      if (!option) {
        const timeUp = decision.key === timeUpKey(owner);
        option = { key: decision.key, text: timeUp ? { ...TIME_UP_TEXT } : { nl: decision.text }, timeUp, count: 0, votes: 0, groupVotes: 0 };
        entry.options.set(decision.key, option);
        entry.point.options.push(option);
      }
      option.count++;
      option.votes++;
      reached.add(entry.point);
    }
    for (const point of reached) {
      point.reached++;
      point.voters++;
    }
  }
  return [...points.values()].map((entry) => entry.point);
}

function roosOf(results: readonly ResultFile[]): RoosEntry[] {
  return results.map((result, index) => {
    const ordinal = index + 1;
    const nickname = plainName(result.nickname ?? '');
    return {
      ordinal,
      ...(nickname ? { nickname } : {}),
      label: nickname || anonymousLabel(ordinal),
      mean: { agency: result.run.meanPosition.agency, communion: result.run.meanPosition.communion },
      score: result.run.score.total,
      ...(result.group ? { group: true as const } : {}),
    };
  });
}

export function scoresOf(totals: readonly number[]): ScoreSummary | undefined {
  if (totals.length === 0) return undefined;
  const sorted = [...totals].sort((a, b) => a - b);
  const bins = Array.from({ length: 10 }, () => 0);
  for (const total of sorted) bins[Math.min(9, Math.max(0, Math.floor(total / 10)))]!++;
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { bins, min: sorted[0]!, median, max: sorted.at(-1)! };
}

function overlookedOf(results: readonly ResultFile[], compiled: CompiledScenario | undefined): OverlookedPupil[] {
  const counts = new Map<string, number>();
  for (const result of results) {
    for (const [id, pupil] of Object.entries(result.run.pupils)) if (pupil.overlooked) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const castOrder = compiled?.cast.pupils.map((pupil) => pupil.id) ?? [];
  const place = (id: string) => {
    const index = castOrder.indexOf(id);
    return index < 0 ? castOrder.length : index;
  };
  return [...counts]
    .map(([id, count]) => ({ id, name: compiled?.cast.pupils.find((pupil) => pupil.id === id)?.name ?? id, count }))
    .sort((a, b) => b.count - a.count || place(a.id) - place(b.id) || a.id.localeCompare(b.id));
}

function reflectionsOf(results: readonly ResultFile[], roos: readonly RoosEntry[]): ReflectionGroup[] {
  const groups = new Map<string, ReflectionGroup>();
  results.forEach((result, index) => {
    for (const reflection of result.reflections) {
      const answer = plainAnswer(reflection.answer);
      if (!answer) continue;
      const question = plainName(reflection.question);
      let group = groups.get(question);
      if (!group) {
        group = { question, answers: [] };
        groups.set(question, group);
      }
      group.answers.push({ label: roos[index]!.label, answer });
    }
  });
  return [...groups.values()];
}

function endingsOf(results: readonly ResultFile[], compiled: CompiledScenario | undefined, version: SummaryVersion): EndingCount[] {
  const endings = new Map<string, EndingCount>();
  if (compiled && version === 'current') {
    for (const [id, ending] of Object.entries(compiled.scenario.endings)) endings.set(id, { id, title: ending.title, count: 0 });
  }
  for (const result of results) {
    const reached = result.run.ending;
    if (!reached) continue;
    let entry = endings.get(reached.id);
    if (!entry) {
      const title: LocalText = compiled?.scenario.endings[reached.id]?.title ?? { nl: reached.title };
      entry = { id: reached.id, title, count: 0 };
      endings.set(reached.id, entry);
    }
    entry.count++;
  }
  return [...endings.values()];
}
