/**
 * The lecturers' results dashboard as plain data: aggregate results files into a model, and write that
 * model as CSV. No DOM, no storage.
 */
export { aggregate, anonymousLabel, scoresOf } from './aggregate.ts';
export { aggregateCsv, csvText } from './csv.ts';
export { resultIdentity } from './identity.ts';
export { plainAnswer, plainName } from './plainText.ts';
export type * from './model.ts';
