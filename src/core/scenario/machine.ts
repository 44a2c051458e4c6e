/**
 * The one set of guard and action implementations every compiled scenario uses (XState v5 `setup`),
 * and the function that turns a compiled scenario into a machine. The machine's context holds the
 * classroom model, the choices made so far, the incident that is asking (at most one at a time), the
 * ending once reached, and whether time pressure is on.
 */
import { assign, enqueueActions, raise, setup, type SnapshotFrom } from 'xstate';
import { applyAction } from '../model/classroom.ts';
import type { ClassroomState } from '../model/types.ts';
import { EVENTS, type CompiledScenario, type DecideParams } from './compile.ts';
import { conditionHolds } from './conditions.ts';
import type { Condition } from './schema.ts';

export interface ScenarioContext {
  classroom: ClassroomState;
  /** Keys of the decisions taken, in order (`beat/choice`), for `chose` conditions and the view's reaction. */
  chosen: string[];
  /** Keys of the branches routing beats took (`beat/index` or `beat/otherwise`), for the checker. */
  routes: string[];
  /** The incident whose prompt is showing; the lesson waits while it is set. */
  incidentAsking: string | null;
  ending: string | null;
  timePressure: boolean;
}

export interface ScenarioInput {
  classroom: ClassroomState;
  timePressure: boolean;
}

/** Events the player (or the player's clock) sends. */
export type PlayerEvent =
  | { type: typeof EVENTS.choose; index: number }
  | { type: typeof EVENTS.chooseInIncident; incident: string; index: number }
  | { type: typeof EVENTS.timeUp }
  | { type: typeof EVENTS.proceed };

/** Events the machine raises for itself. */
type InternalEvent =
  | { type: 'beat.entered'; beat: string }
  | { type: 'lesson.ended' }
  | { type: 'incident.closed' };

type ChoiceGuardParams = { index: number; condition?: Condition };
type IncidentStartParams = { at: string; condition?: Condition };

export const scenarioLogic = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as PlayerEvent | InternalEvent,
    input: {} as ScenarioInput,
  },
  guards: {
    conditionHolds: ({ context }, params: { condition: Condition }) => conditionHolds(params.condition, context),
    choiceAvailable: ({ context, event }, params: ChoiceGuardParams) =>
      event.type === EVENTS.choose &&
      event.index === params.index &&
      context.incidentAsking === null &&
      (params.condition === undefined || conditionHolds(params.condition, context)),
    incidentChoiceAvailable: ({ context, event }, params: ChoiceGuardParams & { incident: string }) =>
      event.type === EVENTS.chooseInIncident &&
      event.incident === params.incident &&
      event.index === params.index &&
      context.incidentAsking === params.incident &&
      (params.condition === undefined || conditionHolds(params.condition, context)),
    timeUpAllowed: ({ context }) => context.timePressure && context.incidentAsking === null,
    timePressureOn: ({ context }) => context.timePressure,
    noIncidentAsking: ({ context }) => context.incidentAsking === null,
    incidentStarts: ({ context, event }, params: IncidentStartParams) =>
      event.type === 'beat.entered' &&
      event.beat === params.at &&
      (params.condition === undefined || conditionHolds(params.condition, context)),
    incidentStartsNow: ({ context, event }, params: IncidentStartParams) =>
      event.type === 'beat.entered' &&
      event.beat === params.at &&
      context.incidentAsking === null &&
      (params.condition === undefined || conditionHolds(params.condition, context)),
  },
  actions: {
    enterBeat: raise((_, params: { beat: string }) => ({ type: 'beat.entered' as const, beat: params.beat })),
    decide: assign(({ context }, params: DecideParams) => ({
      classroom: applyAction(context.classroom, params.action),
      chosen: [...context.chosen, params.key],
    })),
    route: assign(({ context }, params: { key: string }) => ({ routes: [...context.routes, params.key] })),
    openIncident: assign((_, params: { incident: string }) => ({ incidentAsking: params.incident })),
    closeIncident: enqueueActions(({ enqueue }) => {
      enqueue.assign({ incidentAsking: null });
      enqueue.raise({ type: 'incident.closed' });
    }),
    endLesson: enqueueActions(({ enqueue }, params: { ending: string }) => {
      enqueue.assign({ ending: params.ending });
      enqueue.raise({ type: 'lesson.ended' });
    }),
  },
});

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

const machines = new WeakMap<CompiledScenario, ScenarioMachine>();

/** The machine of a compiled scenario (made once per compiled scenario). */
export function machineOf(compiled: CompiledScenario): ScenarioMachine {
  let machine = machines.get(compiled);
  if (!machine) {
    machine = createScenarioMachine(compiled);
    machines.set(compiled, machine);
  }
  return machine;
}

function createScenarioMachine(compiled: CompiledScenario) {
  return scenarioLogic.createMachine({
    ...(compiled.machine as object),
    context: ({ input }: { input: ScenarioInput }) => ({
      classroom: input.classroom,
      chosen: [],
      routes: [],
      incidentAsking: null,
      ending: null,
      timePressure: input.timePressure,
    }),
  } as never);
}
