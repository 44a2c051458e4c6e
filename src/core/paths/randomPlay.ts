/**
 * Seeded random playthroughs and fixed policies: a run is played to its end by picking one possible
 * event at each step. Used by `klasdeur simulate`, by the checker to reach corners a capped enumeration
 * missed, and by the policy tests (strict-cold, warm-permissive, hesitant).
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { CompiledScenario } from '../scenario/compile.ts';
import type { PlayerEvent } from '../scenario/machine.ts';
import { isFinished, possibleEvents, startRun, step, type Run, type RunOptions } from '../session/run.ts';

/** Picks the next event from the possible ones (never empty). */
export type Policy = (run: Run, events: PlayerEvent[]) => PlayerEvent;

/** Plays a run to its end (or until no event is possible, or maxSteps); `onStep` sees every state on the way. */
export function playWith(
  compiled: CompiledScenario,
  options: RunOptions,
  policy: Policy,
  maxSteps = 200,
  onStep?: (run: Run) => void,
): Run {
  let run = startRun(compiled, options);
  onStep?.(run);
  while (!isFinished(run) && run.events.length < maxSteps) {
    const events = possibleEvents(run);
    if (events.length === 0) break;
    run = step(run, policy(run, events)) ?? run;
    onStep?.(run);
  }
  return run;
}

/** A policy that picks uniformly at random from a seeded generator. */
export function randomPolicy(seed: number): Policy {
  const rng = xoroshiro128plus(seed);
  return (_run, events) => events[uniformInt(rng, 0, events.length - 1)]!;
}

export function randomPlaythroughs(compiled: CompiledScenario, options: RunOptions, runs: number, seed: number): Run[] {
  const policy = randomPolicy(seed);
  return Array.from({ length: runs }, () => playWith(compiled, options, policy));
}
