/**
 * A run is one playthrough of a compiled scenario: its options, the machine snapshot, and the log of
 * the player's events. Everything here is pure and built on XState's `initialTransition` and
 * `transition`: a save is the event log, restoring replays it, and "what if" replays a prefix and takes
 * another branch. A save made against another version of the scenario (its content hash differs) is
 * reported, never resumed into a state that may no longer exist.
 */
import { initialTransition, transition } from 'xstate';
import { createClassroom } from '../model/classroom.ts';
import type { PlayerProfile } from '../model/types.ts';
import { COMPILER_VERSION, EVENTS, type CompiledScenario } from '../scenario/compile.ts';
import { machineOf, type PlayerEvent, type ScenarioSnapshot } from '../scenario/machine.ts';
import type { PupilState } from '../scenario/schema.ts';

export const SAVE_FORMAT = 1;

export interface RunOptions {
  profile: PlayerProfile;
  timePressure: boolean;
  /** Pupils' state carried over from an earlier scenario (the school year); overrides the scenario's own. */
  startingState?: Record<string, PupilState>;
}

/** A logged event: what the player did, and when (milliseconds since the run started), for the results. */
export type LoggedEvent = PlayerEvent & { at?: number };

export interface Run {
  compiled: CompiledScenario;
  options: RunOptions;
  snapshot: ScenarioSnapshot;
  events: LoggedEvent[];
}

export interface SaveData {
  format: number;
  compilerVersion: number;
  scenarioId: string;
  contentHash: string;
  options: RunOptions;
  events: LoggedEvent[];
}

export function startRun(compiled: CompiledScenario, options: RunOptions): Run {
  const { scenario, cast } = compiled;
  const present = new Set(scenario.present ?? cast.pupils.map((pupil) => pupil.id));
  const classroom = createClassroom({
    lessonMinutes: scenario.lessonMinutes,
    pupils: cast.pupils
      .filter((pupil) => present.has(pupil.id))
      .map((pupil) => ({
        id: pupil.id,
        vulnerable: pupil.vulnerable ?? false,
        interests: pupil.interests,
        temperament: pupil.temperament,
      })),
    participants: compiled.participants,
    profile: options.profile,
    startingState: { ...scenario.startingState, ...options.startingState },
  });
  const [snapshot] = initialTransition(machineOf(compiled), { classroom, timePressure: options.timePressure });
  return { compiled, options, snapshot, events: [] };
}

/** The run after an event, or undefined when the event is not possible now (it is then not logged). */
export function step(run: Run, event: LoggedEvent): Run | undefined {
  if (isFinished(run)) return undefined;
  const { at: _at, ...machineEvent } = event;
  const [snapshot] = transition(machineOf(run.compiled), run.snapshot, machineEvent as PlayerEvent);
  // XState hands back the same snapshot when no transition takes the event.
  if (snapshot === run.snapshot) return undefined;
  return { ...run, snapshot, events: [...run.events, event] };
}

export function isFinished(run: Run): boolean {
  return run.snapshot.context.ending !== null;
}

/** The beat the lesson is at (also while an incident asks). */
export function currentBeat(run: Run): string | undefined {
  const lesson = (run.snapshot.value as { lesson?: Record<string, string> | string }).lesson;
  if (lesson === undefined || typeof lesson === 'string') return undefined;
  const [, beat] = Object.entries(lesson)[0] ?? [];
  return typeof beat === 'string' && beat in run.compiled.scenario.beats ? beat : undefined;
}

/** Every event the player could send now: each offered choice, continue, and the time-up where there is one. */
export function possibleEvents(run: Run): PlayerEvent[] {
  if (isFinished(run)) return [];
  const { scenario } = run.compiled;
  const asking = run.snapshot.context.incidentAsking;
  const candidates: PlayerEvent[] = [];
  if (asking !== null) {
    const incident = scenario.incidents?.[asking];
    incident?.choices.forEach((_, index) => candidates.push({ type: EVENTS.chooseInIncident, incident: asking, index }));
  } else {
    const beat = scenario.beats[currentBeat(run) ?? ''];
    beat?.choices?.forEach((_, index) => candidates.push({ type: EVENTS.choose, index }));
    candidates.push({ type: EVENTS.proceed });
  }
  candidates.push({ type: EVENTS.timeUp });
  return candidates.filter((event) => run.snapshot.can(event));
}

export function saveRun(run: Run): SaveData {
  return {
    format: SAVE_FORMAT,
    compilerVersion: COMPILER_VERSION,
    scenarioId: run.compiled.scenario.id,
    contentHash: run.compiled.hash,
    options: run.options,
    events: run.events,
  };
}

export type RestoreResult =
  | { ok: true; run: Run }
  | { ok: false; reason: 'other-scenario' | 'scenario-changed' | 'old-format' | 'replay-failed'; atEvent?: number };

/** Replays a save's events. Refuses a save of another scenario, of a changed scenario, or of another format. */
export function restoreRun(compiled: CompiledScenario, save: SaveData): RestoreResult {
  if (save.scenarioId !== compiled.scenario.id) return { ok: false, reason: 'other-scenario' };
  if (save.format !== SAVE_FORMAT || save.compilerVersion !== COMPILER_VERSION) return { ok: false, reason: 'old-format' };
  if (save.contentHash !== compiled.hash) return { ok: false, reason: 'scenario-changed' };
  const replayed = replay(startRun(compiled, save.options), save.events);
  return replayed.ok ? { ok: true, run: replayed.run } : { ok: false, reason: 'replay-failed', atEvent: replayed.atEvent };
}

function replay(start: Run, events: readonly LoggedEvent[]): { ok: true; run: Run } | { ok: false; atEvent: number } {
  let run = start;
  for (const [index, event] of events.entries()) {
    const next = step(run, event);
    if (!next) return { ok: false, atEvent: index };
    run = next;
  }
  return { ok: true, run };
}

/** The run as it was after its first `count` events: the point to branch from for "what if". */
export function rewind(run: Run, count: number): Run {
  const replayed = replay(startRun(run.compiled, run.options), run.events.slice(0, count));
  if (!replayed.ok) throw new Error(`a logged event could not be replayed (event ${replayed.atEvent})`);
  return replayed.run;
}
