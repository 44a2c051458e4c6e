/**
 * When two results files are the same run: the same situation, the same version of it (content hash)
 * and the same event log. Events carry their time in milliseconds, so two students who chose alike
 * still differ; the same file dropped twice, or one run exported twice, does not.
 */
import type { ResultFile } from '../results/resultFile.ts';

export function resultIdentity(result: ResultFile): string {
  return JSON.stringify([result.scenario.id, result.scenario.contentHash, result.run.events]);
}
