/** The classroom model's public surface: its state types, its two moves, the circle's geometry and the params. */
export type * from './types.ts';
export { applyAction, createClassroom, similarityTo } from './classroom.ts';
export { behaviourVector, behaviourWeight, OCTANT_VECTORS, weightShare } from './octants.ts';
export { PARAMS } from './params.ts';
