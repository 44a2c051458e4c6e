/**
 * The interpersonal circle's geometry: the octants' unit vectors and what a behaviour (weights on the
 * octants) amounts to as one point on the circle (DESIGN §4).
 */
import type { Behaviour } from '../scenario/schema.ts';
import { OCTANTS, type Octant } from '../scenario/vocabulary.ts';
import { PARAMS } from './params.ts';
import type { CirclePosition } from './types.ts';

export const OCTANT_VECTORS: Readonly<Record<Octant, CirclePosition>> = PARAMS.octantVectors;

/** Octants whose influence is coercion: it buys only part of the agency (van Winden 2013). */
const COERCIVE: ReadonlySet<Octant> = new Set(['corrigerend', 'dwingend']);

/** The sum of a behaviour's weights: 1 for a whole decision, 0.3 for a wink. */
export function behaviourWeight(behaviour: Behaviour): number {
  return OCTANTS.reduce((sum, octant) => sum + (behaviour[octant] ?? 0), 0);
}

/** The share of a behaviour's weight on the given octants (0 for an empty behaviour). */
export function weightShare(behaviour: Behaviour, octants: readonly Octant[]): number {
  const total = behaviourWeight(behaviour);
  if (total <= 0) return 0;
  return octants.reduce((sum, octant) => sum + (behaviour[octant] ?? 0), 0) / total;
}

/**
 * The weighted sum of the octants' unit vectors, the agency of corrigerend and dwingend counted half.
 * Weights that add up to more than 1 are read as shares of one decision, so the point stays on or inside the circle.
 */
export function behaviourVector(behaviour: Behaviour): CirclePosition {
  const scale = Math.max(1, behaviourWeight(behaviour));
  let agency = 0;
  let communion = 0;
  for (const octant of OCTANTS) {
    const weight = (behaviour[octant] ?? 0) / scale;
    const unit = OCTANT_VECTORS[octant];
    agency += weight * unit.agency * (COERCIVE.has(octant) ? PARAMS.coercionAgencyFactor : 1);
    communion += weight * unit.communion;
  }
  return { agency, communion };
}
