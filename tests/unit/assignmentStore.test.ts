/**
 * The active assignment in the tab's storage: it comes back after a reload, and a damaged value or one
 * naming a situation this version no longer ships reads as no assignment rather than a broken one.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/core/assignment/index.ts';
import { createAssignmentStore } from '../../src/persistence/assignment.ts';
import { memoryStorage } from '../../src/persistence/saves.ts';

const known = { scenarioIds: ['september-eerste-les', 'maandag-eerste-uur'], yearIds: ['3a-schooljaar'] };
const assignment: Assignment = { situations: ['maandag-eerste-uur'], lang: 'en', feedback: 'reflection', timePressure: false, title: 'Les <1>' };

describe('the active assignment store', () => {
  it('keeps an assignment until it is cleared', () => {
    const storage = memoryStorage();
    const store = createAssignmentStore(storage, known);
    expect(store.read()).toBeUndefined();
    expect(store.write(assignment)).toBe(true);
    expect(createAssignmentStore(storage, known).read()).toEqual(assignment);
    store.clear();
    expect(store.read()).toBeUndefined();
  });

  it('reads a damaged or outdated value as no assignment', () => {
    const storage = memoryStorage();
    const store = createAssignmentStore(storage, known);
    for (const stored of ['{', '42', '"opdracht?s=weg&taal=nl&feedback=volledig&tijd=aan"', '"opdracht?s=maandag-eerste-uur"']) {
      storage.setItem('klasdeur:assignment', stored);
      expect(store.read()).toBeUndefined();
    }
    store.write(assignment);
    expect(createAssignmentStore(storage, { scenarioIds: ['september-eerste-les'], yearIds: [] }).read()).toBeUndefined();
  });

  it('answers false when the storage refuses a write', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    expect(createAssignmentStore(full, known).write(assignment)).toBe(false);
  });
});
