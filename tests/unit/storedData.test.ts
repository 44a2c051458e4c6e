/**
 * Settings and finished runs in storage: a bad value falls back field by field, a corrupted list reads
 * as empty, updating a run keeps its place, and the list is bounded.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { saveRun, startRun } from '../../src/core/session/run.ts';
import { createFinishedRunStore, MAX_FINISHED_RUNS, type FinishedRun } from '../../src/persistence/finishedRuns.ts';
import { memoryStorage } from '../../src/persistence/saves.ts';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../src/persistence/settings.ts';
import { compileFixture } from '../support/engineFixture.ts';

describe('settings', () => {
  it('gives the defaults, and keeps what was written', () => {
    const store = createSettingsStore(memoryStorage());
    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    store.write({ ...DEFAULT_SETTINGS, lang: 'en', meters: true });
    expect(store.read()).toMatchObject({ lang: 'en', meters: true, timePressure: true });
  });

  it('replaces only the fields that are wrong', () => {
    const storage = memoryStorage();
    storage.setItem('klasdeur:settings', JSON.stringify({ lang: 'fr', volume: 7, meters: true, textSize: 'groot' }));
    expect(createSettingsStore(storage).read()).toEqual({ ...DEFAULT_SETTINGS, meters: true, textSize: 'groot' });
    storage.setItem('klasdeur:settings', '{broken');
    expect(createSettingsStore(storage, { reducedMotion: true }).read()).toEqual({ ...DEFAULT_SETTINGS, reducedMotion: true });
  });
});

describe('finished runs', () => {
  const save = saveRun(startRun(compileFixture('engine/motor.yaml'), NEUTRAL_OPTIONS));
  const run = (id: string): FinishedRun => ({ id, finishedAt: '2026-11-24T10:00:00.000Z', scenarioId: 'motor', title: 'Motorproef', score: 50, classProfile: 'gezaghebbend', save, reflections: {} });

  it('lists the newest first, updates in place, and is bounded', () => {
    const store = createFinishedRunStore(memoryStorage());
    store.put(run('a'));
    store.put(run('b'));
    expect(store.list().map((r) => r.id)).toEqual(['b', 'a']);
    store.put({ ...run('a'), reflections: { 0: 'Ik begroette niet iedereen.' } });
    expect(store.list().map((r) => r.id)).toEqual(['b', 'a']);
    expect(store.get('a')?.reflections).toEqual({ 0: 'Ik begroette niet iedereen.' });
    for (let i = 0; i < MAX_FINISHED_RUNS + 5; i++) store.put(run(`r${i}`));
    expect(store.list()).toHaveLength(MAX_FINISHED_RUNS);
    store.clear();
    expect(store.list()).toEqual([]);
  });

  it('reads a corrupted list as empty and skips a corrupted entry', () => {
    const storage = memoryStorage();
    storage.setItem('klasdeur:finished-runs', 'nonsense');
    expect(createFinishedRunStore(storage).list()).toEqual([]);
    storage.setItem('klasdeur:finished-runs', JSON.stringify([run('ok'), { id: 'half' }]));
    expect(createFinishedRunStore(storage).list().map((r) => r.id)).toEqual(['ok']);
  });
});
