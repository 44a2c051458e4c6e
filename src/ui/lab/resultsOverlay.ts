/**
 * Reads the results files a lecturer lays over the lab's graph, with the dashboard's own intake (limits,
 * .zip files, duplicates: src/ui/dashboard/fileIntake.ts) and aggregation (core/dashboard/aggregate.ts).
 * Loaded only when the lecturer picks files, since it brings zod and fflate.
 */
import { aggregate } from '../../core/dashboard/aggregate.ts';
import { overlayOf, type GroupOverlay } from '../../core/lab/overlay.ts';
import type { ResultFile } from '../../core/results/resultFile.ts';
import type { CompiledScenario } from '../../core/scenario/compile.ts';
import { createIntake, type DroppedFile, type Intake } from '../dashboard/fileIntake.ts';

export interface ResultsTaken {
  accepted: ResultFile[];
  duplicates: number;
  refused: number;
}

export function createResultsIntake(): Intake {
  // Known situations only add warnings; the lab counts by the scenario id it has open.
  return createIntake([]);
}

export async function takeResults(intake: Intake, files: readonly DroppedFile[]): Promise<ResultsTaken> {
  const taken: ResultsTaken = { accepted: [], duplicates: 0, refused: 0 };
  for (const outcome of await intake.take(files)) {
    if (outcome.status === 'accepted') taken.accepted.push(outcome.result);
    else if (outcome.status === 'duplicate') taken.duplicates++;
    else if (outcome.status === 'refused') taken.refused++;
  }
  return taken;
}

export function overlayFor(results: readonly ResultFile[], compiled: CompiledScenario): GroupOverlay {
  return overlayOf(aggregate(results, [compiled]), compiled.scenario.id);
}
