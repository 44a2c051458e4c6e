/**
 * The assignment the player is doing now, kept for the browser tab (main.ts gives it sessionStorage): a
 * reload keeps it, closing the tab ends it, so the next student on a shared laptop does not inherit it.
 * It is stored as its link fragment and read back through readAssignment, so a stored value that is
 * damaged, or names a situation this version no longer ships, reads as no assignment.
 */
import { assignmentFragment, readAssignment, type Assignment, type KnownIds } from '../core/assignment/index.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

const KEY = 'klasdeur:assignment';

export interface AssignmentStore {
  read(): Assignment | undefined;
  /** Answers false when the storage refused it; the assignment then lasts until a reload. */
  write(assignment: Assignment): boolean;
  clear(): void;
}

export function createAssignmentStore(storage: KeyValueStorage, known: KnownIds): AssignmentStore {
  const json = jsonStorage(storage);
  return {
    read() {
      const stored = json.read(KEY);
      if (typeof stored !== 'string') return undefined;
      const read = readAssignment(stored, known);
      return read.ok ? read.assignment : undefined;
    },
    write: (assignment) => json.write(KEY, assignmentFragment(assignment)),
    clear: () => json.remove(KEY),
  };
}
