/**
 * Fixed ways of playing, for the policy tests: at each decision, pick the option whose behaviour lies
 * furthest in one direction of the interpersonal circle. Strict-cold takes the largest agency − communion
 * (ties: more agency), warm-permissive the largest communion − agency (ties: more communion), hesitant
 * the largest onzeker weight. Letting the time run out counts as an option with the time limit's
 * behaviour: that is what a hesitant teacher does.
 */
import { behaviourVector } from '../model/octants.ts';
import { EVENTS, type CompiledScenario } from '../scenario/compile.ts';
import type { PlayerEvent } from '../scenario/machine.ts';
import type { Behaviour } from '../scenario/schema.ts';
import { currentBeat, type Run } from '../session/run.ts';
import type { Policy } from './randomPlay.ts';

/** The behaviour an event would carry out (empty for continue, or a choice that is no behaviour). */
function behaviourOf(compiled: CompiledScenario, run: Run, event: PlayerEvent): Behaviour {
  const { beats, incidents } = compiled.scenario;
  const asking = run.snapshot.context.incidentAsking;
  const holder = asking ? incidents?.[asking] : beats[currentBeat(run) ?? ''];
  if (!holder) return {};
  if (event.type === EVENTS.timeUp) return holder.timeLimit?.behaviour ?? {};
  if (event.type === EVENTS.choose || event.type === EVENTS.chooseInIncident) return holder.choices?.[event.index]?.behaviour ?? {};
  return {};
}

/** A policy that picks the event with the largest (primary, secondary) score; the first on a full tie. */
function preferring(compiled: CompiledScenario, rank: (behaviour: Behaviour) => [number, number]): Policy {
  return (run, events) => {
    let best = events[0]!;
    let bestRank: [number, number] = [-Infinity, -Infinity];
    for (const event of events) {
      const [primary, secondary] = rank(behaviourOf(compiled, run, event));
      const better = primary > bestRank[0] + 1e-9 || (Math.abs(primary - bestRank[0]) <= 1e-9 && secondary > bestRank[1] + 1e-9);
      if (better) {
        best = event;
        bestRank = [primary, secondary];
      }
    }
    return best;
  };
}

export function strictColdPolicy(compiled: CompiledScenario): Policy {
  return preferring(compiled, (behaviour) => {
    const { agency, communion } = behaviourVector(behaviour);
    return [agency - communion, agency];
  });
}

export function warmPermissivePolicy(compiled: CompiledScenario): Policy {
  return preferring(compiled, (behaviour) => {
    const { agency, communion } = behaviourVector(behaviour);
    return [communion - agency, communion];
  });
}

export function hesitantPolicy(compiled: CompiledScenario): Policy {
  return preferring(compiled, (behaviour) => [behaviour.onzeker ?? 0, 0]);
}
