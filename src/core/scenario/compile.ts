/**
 * Compiles a checked scenario and its cast into a `CompiledScenario`: the scenario data the view model
 * reads, the pupils who take part, a content hash, and an XState machine config that is plain JSON (it
 * names guards and actions with params; their implementations live once, in machine.ts).
 *
 * The machine: a parallel root with a `lesson` region (phases as compound states, beats inside, endings
 * as final states) and, when the scenario has incidents, an `incidents` region with one small chart per
 * incident (waiting → pending → asking → closed). Time limits are not timers inside the machine: the
 * player's clock sends an explicit `time.up` event, so a saved event log replays it exactly, and "no
 * time pressure" is a guard that refuses that event.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Action } from '../model/types.ts';
import type { Beat, Cast, Choice, Condition, IncidentChoice, Scenario, TimeLimit } from './schema.ts';

/** Bumped when the compiled form or the meaning of an event changes: old saves are then not replayed. */
export const COMPILER_VERSION = 1;

/** Event types the machine understands. */
export const EVENTS = {
  choose: 'choice.select',
  chooseInIncident: 'incident.select',
  timeUp: 'time.up',
  proceed: 'continue',
} as const;

export interface CompiledScenario {
  compilerVersion: number;
  /** sha-256 of the scenario and cast as compiled; a save made against another hash is not resumed. */
  hash: string;
  scenario: Scenario;
  cast: Cast;
  /** Pupils named somewhere in the scenario: only they count for relationship, equity and overlooked. */
  participants: string[];
  /** Plain JSON: safe to write to a file at build time. */
  machine: MachineConfig;
}

/** A JSON machine config, as XState's createMachine takes it (without context, which is added at run time). */
export type MachineConfig = Record<string, unknown>;

/** Names of the state-node ids, so transitions can cross phases. */
export const beatNodeId = (beat: string) => `beat_${beat}`;
export const endingNodeId = (ending: string) => `end_${ending}`;
/** Keys that lecturers' ids can never take (ids have no underscore). */
const LOOSE_PHASE = '_les';
const ENDINGS = '_einde';

/** What a decision records: which choice (for `chose` conditions and the view's reaction) and its action. */
export interface DecideParams {
  key: string;
  action: Action;
}

/** The key of a choice in `chosen`: `beat/choice-id`, or `beat/index` for a choice without id. */
export const choiceKey = (beat: string, choice: { id?: string }, index: number) => `${beat}/${choice.id ?? index}`;
export const timeUpKey = (owner: string) => `${owner}/tijd-om`;
/** The key of a branch taken by a routing beat: `beat/branch-index` or `beat/otherwise`. */
export const routeKey = (beat: string, branch: number | 'otherwise') => `${beat}/${branch}`;

function actionOf(source: Choice | IncidentChoice | TimeLimit | Omit<TimeLimit, 'next'>): Action {
  const action: Action = {};
  if (source.behaviour) action.behaviour = source.behaviour;
  if (source.target) action.target = source.target;
  if (source.minutes !== undefined) action.minutes = source.minutes;
  if (source.effects) action.effects = source.effects;
  return action;
}

/** The choice or time limit a decision key names (`beat/choice-id`, `beat/2`, `beat/tijd-om`). */
export function decisionSource(
  compiled: CompiledScenario,
  key: string,
): Choice | IncidentChoice | TimeLimit | Omit<TimeLimit, 'next'> | undefined {
  const [owner = ''] = key.split('/');
  const { beats, incidents } = compiled.scenario;
  const holder = beats[owner] ?? incidents?.[owner];
  if (!holder) return undefined;
  if (key === timeUpKey(owner)) return holder.timeLimit;
  return holder.choices?.find((choice, index) => choiceKey(owner, choice, index) === key);
}

function target(scenario: Scenario, id: string): string {
  return id in scenario.beats ? `#${beatNodeId(id)}` : `#${endingNodeId(id)}`;
}

function beatState(scenario: Scenario, beatId: string, beat: Beat): Record<string, unknown> {
  const state: Record<string, unknown> = {
    id: beatNodeId(beatId),
    entry: [{ type: 'enterBeat', params: { beat: beatId } }],
  };
  if (beat.branches) {
    state.always = [
      ...beat.branches.map((branch, index) => ({
        guard: { type: 'conditionHolds', params: { condition: branch.if } },
        target: target(scenario, branch.next),
        actions: [{ type: 'route', params: { key: routeKey(beatId, index) } }],
      })),
      {
        target: target(scenario, beat.otherwise ?? ''),
        actions: [{ type: 'route', params: { key: routeKey(beatId, 'otherwise') } }],
      },
    ];
    return state;
  }
  const on: Record<string, unknown> = {};
  if (beat.choices) {
    on[EVENTS.choose] = beat.choices.map((choice, index) => ({
      guard: { type: 'choiceAvailable', params: choiceGuardParams(index, choice.if) },
      target: target(scenario, choice.next),
      actions: [{ type: 'decide', params: { key: choiceKey(beatId, choice, index), action: actionOf(choice) } satisfies DecideParams }],
    }));
  }
  if (beat.timeLimit) {
    on[EVENTS.timeUp] = {
      guard: 'timeUpAllowed',
      target: target(scenario, beat.timeLimit.next),
      actions: [{ type: 'decide', params: { key: timeUpKey(beatId), action: actionOf(beat.timeLimit) } satisfies DecideParams }],
    };
  }
  if (beat.next) on[EVENTS.proceed] = { guard: 'noIncidentAsking', target: target(scenario, beat.next) };
  state.on = on;
  return state;
}

function choiceGuardParams(index: number, condition: Condition | undefined) {
  return condition === undefined ? { index } : { index, condition };
}

function lessonRegion(scenario: Scenario): Record<string, unknown> {
  const phases = new Map<string, Record<string, unknown>>();
  for (const [beatId, beat] of Object.entries(scenario.beats)) {
    const phase = beat.phase ?? LOOSE_PHASE;
    if (!phases.has(phase)) phases.set(phase, {});
    phases.get(phase)![beatId] = beatState(scenario, beatId, beat);
  }
  const states: Record<string, unknown> = {};
  for (const [phase, beats] of phases) states[phase] = { initial: Object.keys(beats)[0], states: beats };
  states[ENDINGS] = {
    initial: Object.keys(scenario.endings)[0],
    states: Object.fromEntries(
      Object.keys(scenario.endings).map((endingId) => [
        endingId,
        { id: endingNodeId(endingId), type: 'final', entry: [{ type: 'endLesson', params: { ending: endingId } }] },
      ]),
    ),
  };
  const startBeat = scenario.start ?? Object.keys(scenario.beats)[0]!;
  const startPhase = scenario.beats[startBeat]?.phase ?? LOOSE_PHASE;
  // The start beat need not be the first of its phase.
  (states[startPhase] as { initial: string }).initial = startBeat;
  return { initial: startPhase, states };
}

function incidentRegion(scenario: Scenario): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const [incidentId, incident] of Object.entries(scenario.incidents ?? {})) {
    const starts = { at: incident.at, ...(incident.if ? { condition: incident.if } : {}) };
    const open = { type: 'openIncident', params: { incident: incidentId } };
    const ask: Record<string, unknown> = {
      [EVENTS.chooseInIncident]: incident.choices.map((choice, index) => ({
        guard: { type: 'incidentChoiceAvailable', params: { incident: incidentId, ...choiceGuardParams(index, choice.if) } },
        target: 'closed',
        actions: [
          { type: 'decide', params: { key: choiceKey(incidentId, choice, index), action: actionOf(choice) } satisfies DecideParams },
          'closeIncident',
        ],
      })),
    };
    if (incident.timeLimit) {
      ask[EVENTS.timeUp] = {
        guard: 'timePressureOn',
        target: 'closed',
        actions: [
          { type: 'decide', params: { key: timeUpKey(incidentId), action: actionOf(incident.timeLimit) } satisfies DecideParams },
          'closeIncident',
        ],
      };
    }
    states[incidentId] = {
      initial: 'waiting',
      states: {
        waiting: {
          on: {
            'beat.entered': [
              // Interrupts: asks at once, unless another incident is asking (then it waits its turn).
              ...(incident.interrupts
                ? [{ guard: { type: 'incidentStartsNow', params: starts }, target: 'asking', actions: [open] }]
                : []),
              { guard: { type: 'incidentStarts', params: starts }, target: 'pending' },
            ],
            'lesson.ended': 'closed',
          },
        },
        // Waits until the beat it started in is answered and no other incident is asking.
        pending: {
          on: {
            'beat.entered': { guard: 'noIncidentAsking', target: 'asking', actions: [open] },
            'incident.closed': { guard: 'noIncidentAsking', target: 'asking', actions: [open] },
            'lesson.ended': 'closed',
          },
        },
        asking: { on: ask },
        closed: { type: 'final' },
      },
    };
  }
  return { type: 'parallel', states };
}

/** Pupils named anywhere in the scenario: in stage directions, lines, targets, effects or conditions. */
function participantsOf(scenario: Scenario, cast: Cast): string[] {
  const pupilIds = new Set(cast.pupils.map((pupil) => pupil.id));
  const named = new Set<string>();
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (pupilIds.has(value) && (key === 'pupil' || key === 'speaker' || key === 'who' || key === 'pupils')) named.add(value);
    } else if (Array.isArray(value)) {
      value.forEach((item) => walk(item, key));
    } else if (value !== null && typeof value === 'object') {
      for (const [innerKey, inner] of Object.entries(value)) walk(inner, innerKey);
    }
  };
  walk({ beats: scenario.beats, incidents: scenario.incidents });
  const present = new Set(scenario.present ?? cast.pupils.map((pupil) => pupil.id));
  return cast.pupils.map((pupil) => pupil.id).filter((id) => named.has(id) && present.has(id));
}

export function compileScenario(scenario: Scenario, cast: Cast): CompiledScenario {
  const regions: Record<string, unknown> = { lesson: lessonRegion(scenario) };
  if (scenario.incidents && Object.keys(scenario.incidents).length > 0) regions.incidents = incidentRegion(scenario);
  const machine: MachineConfig = { id: scenario.id, type: 'parallel', states: regions };
  const hash = bytesToHex(sha256(utf8ToBytes(JSON.stringify({ COMPILER_VERSION, scenario, cast }))));
  return { compilerVersion: COMPILER_VERSION, hash, scenario, cast, participants: participantsOf(scenario, cast), machine };
}
