/**
 * The save store: what is written comes back, a corrupted or foreign value reads as missing, a full
 * storage is reported instead of thrown, and the current scenario survives a reload.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { saveRun, startRun, step } from '../../src/core/session/run.ts';
import { createSaveStore, memoryStorage, type KeyValueStorage } from '../../src/persistence/saves.ts';
import { compileFixture } from '../support/engineFixture.ts';

const compiled = compileFixture('engine/motor.yaml');
const save = saveRun(step(startRun(compiled, NEUTRAL_OPTIONS), { type: 'choice.select', index: 0, at: 1200 })!);

describe('the save store', () => {
  it('gives back what it stored, and the current scenario', () => {
    const store = createSaveStore(memoryStorage());
    expect(store.write(save)).toBe(true);
    store.setCurrent('motor');
    expect(store.read('motor')).toEqual(save);
    expect(store.current()).toBe('motor');
    store.remove('motor');
    store.setCurrent(undefined);
    expect(store.read('motor')).toBeUndefined();
    expect(store.current()).toBeUndefined();
  });

  it('reads a corrupted, foreign or mislabelled value as missing', () => {
    const storage = memoryStorage();
    const store = createSaveStore(storage);
    for (const bad of ['{not json', 'null', '[]', '{"scenarioId":"motor"}', JSON.stringify({ ...save, events: [1, 2] })]) {
      storage.setItem('klasdeur:save:motor', bad);
      expect(store.read('motor')).toBeUndefined();
    }
    storage.setItem('klasdeur:save:motor', JSON.stringify({ ...save, scenarioId: 'iets-anders' }));
    expect(store.read('motor')).toBeUndefined();
  });

  it('reports a full storage instead of throwing', () => {
    const full: KeyValueStorage = {
      ...memoryStorage(),
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(createSaveStore(full).write(save)).toBe(false);
  });
});
