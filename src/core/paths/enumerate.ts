/**
 * Enumerates the playthroughs of a scenario by depth-first replay of the pure `transition()` over every
 * event the player could send: each offered choice, continue, and the time-up of a timed beat. Guards
 * that read the context (closeness, earlier choices) are respected because every path carries its own
 * context. States are deduplicated on value plus context; the number of paths is capped, and the result
 * says when the cap was hit. Then a beam search adds the best-scoring paths, and seeded random
 * playthroughs visit what depth-first order left out. A path longer than `maxSteps` is reported as one
 * that never ends.
 */
import type { PlayerEvent } from '../scenario/machine.ts';
import { scoreLesson } from '../scoring/score.ts';
import { playWith, randomPolicy } from './randomPlay.ts';
import { isFinished, possibleEvents, startRun, step, type Run, type RunOptions } from '../session/run.ts';
import type { CompiledScenario } from '../scenario/compile.ts';

export interface EnumerateLimits {
  /** Stop after this many finished paths. */
  maxPaths: number;
  /** A path with more steps than this is taken to never end. */
  maxSteps: number;
  /** When the cap is hit: seeded random playthroughs that reach the corners depth-first order left out. */
  randomWalks: number;
  /** When the cap is hit: how many partial paths a beam search keeps per step to find the best-scoring ones. */
  beamWidth: number;
}

export const DEFAULT_LIMITS: EnumerateLimits = { maxPaths: 5_000, maxSteps: 200, randomWalks: 2_000, beamWidth: 100 };

/** The options the checker and the `paths` command play with: time pressure on, so time-ups are explored. */
export const NEUTRAL_OPTIONS: RunOptions = { profile: { interests: [], temperament: 'rustig' }, timePressure: true };

export interface Enumeration {
  /** Runs that reached an ending, in depth-first order. */
  finished: Run[];
  /** Runs stuck in a state where no event is possible (a dead end). */
  deadEnds: Run[];
  /** Runs cut off at maxSteps, or that came back to a state they had been in (a loop). */
  endless: Run[];
  /** True when maxPaths was reached: some paths were not explored. */
  capped: boolean;
  /** Finished random playthroughs made when capped: not listed as paths, but seen by the checks. */
  sampled: Run[];
  /** Every beat, incident and ending entered along any path. */
  reached: { beats: Set<string>; incidents: Set<string>; endings: Set<string> };
  /** Decision and route keys taken along any path (`beat/choice`, `beat/0`), for conditions that never hold. */
  decisionsTaken: Set<string>;
}

const stateKey = (run: Run) => JSON.stringify([run.snapshot.value, run.snapshot.context]);

export function enumeratePaths(
  compiled: CompiledScenario,
  options: RunOptions,
  limits: EnumerateLimits = DEFAULT_LIMITS,
): Enumeration {
  const result: Enumeration = {
    finished: [],
    deadEnds: [],
    endless: [],
    capped: false,
    sampled: [],
    reached: { beats: new Set(), incidents: new Set(), endings: new Set() },
    decisionsTaken: new Set(),
  };
  const explored = new Set<string>();

  const note = (run: Run) => {
    const { value, context } = run.snapshot;
    const lesson = (value as { lesson?: Record<string, string> }).lesson;
    for (const beat of Object.values(lesson ?? {})) if (beat in compiled.scenario.beats) result.reached.beats.add(beat);
    if (context.incidentAsking) result.reached.incidents.add(context.incidentAsking);
    if (context.ending) result.reached.endings.add(context.ending);
    for (const key of [...context.chosen, ...context.routes]) result.decisionsTaken.add(key);
    // A routing beat is passed through at once; its route says it was reached.
    for (const key of context.routes) result.reached.beats.add(key.split('/')[0]!);
  };

  const visit = (run: Run, onPath: Set<string>): void => {
    if (result.finished.length >= limits.maxPaths) {
      result.capped = true;
      return;
    }
    note(run);
    if (isFinished(run)) {
      result.finished.push(run);
      return;
    }
    const key = stateKey(run);
    if (onPath.has(key) || run.events.length >= limits.maxSteps) {
      result.endless.push(run);
      return;
    }
    // The same state reached along another path has the same futures: explore it once.
    if (explored.has(key)) return;
    explored.add(key);
    const events: PlayerEvent[] = possibleEvents(run);
    if (events.length === 0) {
      result.deadEnds.push(run);
      return;
    }
    onPath.add(key);
    for (const event of events) {
      const next = step(run, event);
      if (next) visit(next, onPath);
    }
    onPath.delete(key);
  };

  visit(startRun(compiled, options), new Set());
  if (result.capped) {
    // Depth-first order under a cap sees only the first options' subtrees; the best paths may lie elsewhere.
    const seen = new Set(result.finished.map((run) => JSON.stringify(run.events)));
    for (const run of bestByBeam(compiled, options, limits)) {
      const key = JSON.stringify(run.events);
      if (!seen.has(key)) result.finished.push(run);
      seen.add(key);
    }
    const policy = randomPolicy(1);
    for (let walk = 0; walk < limits.randomWalks; walk++) {
      const run = playWith(compiled, options, policy, limits.maxSteps, note);
      if (isFinished(run)) {
        result.sampled.push(run);
        continue;
      }
      if (possibleEvents(run).length === 0) result.deadEnds.push(run);
      else result.endless.push(run);
    }
  }
  return result;
}

/**
 * Beam search for the best-scoring playthroughs: from every kept partial path take every possible event,
 * keep the `beamWidth` with the highest score so far, until all have ended. Finds the best paths of a
 * scenario too large to enumerate, at a cost linear in its length.
 */
function bestByBeam(compiled: CompiledScenario, options: RunOptions, limits: EnumerateLimits): Run[] {
  const finished: Run[] = [];
  let beam = [startRun(compiled, options)];
  for (let depth = 0; beam.length > 0 && depth < limits.maxSteps; depth++) {
    const next: { run: Run; score: number }[] = [];
    for (const run of beam) {
      for (const event of possibleEvents(run)) {
        const stepped = step(run, event);
        if (!stepped) continue;
        if (isFinished(stepped)) finished.push(stepped);
        else next.push({ run: stepped, score: scoreLesson(stepped.snapshot.context.classroom).total });
      }
    }
    beam = next
      .sort((a, b) => b.score - a.score)
      .slice(0, limits.beamWidth)
      .map((entry) => entry.run);
  }
  return finished;
}
