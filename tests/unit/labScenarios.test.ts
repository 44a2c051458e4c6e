/**
 * The scenario lab's storage: lab scenarios come back newest first, a corrupted, foreign or unreachable
 * storage reads as an empty list (never a crash), a refused write is reported, and a playtest's save is
 * kept under the lab scenario's own id, apart from the saves of the shipped situations even when the text
 * reuses a shipped id. Also: the build hands the lab the YAML of every shipped scenario as written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedScenarios } from '../../src/build/scenariosPlugin.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { saveRun, startRun, step } from '../../src/core/session/run.ts';
import { createLabScenarioStore, isLabId, MAX_LAB_TEXT, newLabId, type LabScenario } from '../../src/persistence/labScenarios.ts';
import { createSaveStore, memoryStorage, type KeyValueStorage } from '../../src/persistence/saves.ts';
import { compileShipped } from '../support/engineFixture.ts';

const LIST_KEY = 'klasdeur:lab:scenarios';
const september = compileShipped('september-eerste-les');
const older: LabScenario = { id: 'lab-aaa1', text: 'id: eerste\n', updated: '2026-11-20T09:00:00.000Z' };
const newer: LabScenario = { id: 'lab-bbb2', text: 'id: tweede\n', updated: '2026-11-21T09:00:00.000Z' };

function storageWith(value: string): KeyValueStorage {
  const storage = memoryStorage();
  storage.setItem(LIST_KEY, value);
  return storage;
}

describe('the lab scenario store', () => {
  it('gives back what it kept, newest first, and replaces by id', () => {
    const store = createLabScenarioStore(memoryStorage());
    expect(store.put(older)).toBe(true);
    expect(store.put(newer)).toBe(true);
    expect(store.list().map((entry) => entry.id)).toEqual(['lab-bbb2', 'lab-aaa1']);
    expect(store.put({ ...older, text: 'id: eerste-bis\n', updated: '2026-11-22T09:00:00.000Z' })).toBe(true);
    expect(store.list()).toEqual([{ id: 'lab-aaa1', text: 'id: eerste-bis\n', updated: '2026-11-22T09:00:00.000Z' }, newer]);
    expect(store.get('lab-bbb2')).toEqual(newer);
    store.remove('lab-aaa1');
    expect(store.list()).toEqual([newer]);
  });

  it('reads corrupted or foreign storage as an empty list, not a crash', () => {
    for (const value of ['{not json', '"een tekst"', '{"id":"lab-aaa1"}', 'null', '42']) {
      expect(createLabScenarioStore(storageWith(value)).list(), value).toEqual([]);
    }
  });

  it('skips the entries that are not lab scenarios and keeps the others', () => {
    const entries = [
      newer,
      { id: 'maandag-eerste-uur', text: 'x', updated: newer.updated },
      { id: 'lab-ccc3', text: 42, updated: newer.updated },
      { id: 'lab-ddd4', text: 'x', updated: 'gisteren' },
      { id: 'lab-eee5', text: 'x'.repeat(MAX_LAB_TEXT + 1), updated: newer.updated },
      null,
      'lab-fff6',
      { ...newer, text: 'een tweede met dezelfde id' },
      older,
    ];
    expect(createLabScenarioStore(storageWith(JSON.stringify(entries))).list()).toEqual([newer, older]);
  });

  it('reads a storage that throws as empty, and reports a refused write as false', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('switched off');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('switched off');
      },
    };
    const store = createLabScenarioStore(broken);
    expect(store.list()).toEqual([]);
    expect(store.put(newer)).toBe(false);
    expect(() => store.remove('lab-bbb2')).not.toThrow();
  });

  it('refuses to keep what is not a lab scenario', () => {
    const store = createLabScenarioStore(memoryStorage());
    expect(store.put({ id: '../save:maandag', text: 'x', updated: newer.updated })).toBe(false);
    expect(store.put({ id: 'lab-ok1', text: 'x', updated: 'not a date' })).toBe(false);
    expect(store.list()).toEqual([]);
  });

  it("keeps a playtest's save under the lab id, apart from the shipped situations' saves", () => {
    const storage = memoryStorage();
    const lab = createLabScenarioStore(storage);
    const saves = createSaveStore(storage);
    // A copy of a shipped situation keeps its scenario id.
    const started = startRun(september, NEUTRAL_OPTIONS);
    const save = saveRun(step(started, { type: 'continue', at: 500 }) ?? step(started, { type: 'choice.select', index: 0, at: 500 })!);
    lab.put(newer);
    expect(lab.writeSave(newer.id, save)).toBe(true);
    expect(lab.readSave(newer.id)).toEqual(save);
    expect(saves.read('september-eerste-les')).toBeUndefined();
    expect(lab.readSave('lab-aaa1')).toBeUndefined();
    expect(lab.writeSave('september-eerste-les', save)).toBe(false);
    storage.setItem('klasdeur:lab:save:lab-bbb2', '{"format":1}');
    expect(lab.readSave(newer.id)).toBeUndefined();
    lab.writeSave(newer.id, save);
    lab.remove(newer.id);
    expect(lab.readSave(newer.id)).toBeUndefined();
  });

  it('clears every lab scenario and its save', () => {
    const storage = memoryStorage();
    const lab = createLabScenarioStore(storage);
    const save = saveRun(startRun(september, NEUTRAL_OPTIONS));
    lab.put(older);
    lab.put(newer);
    lab.writeSave(older.id, save);
    lab.clear();
    expect(lab.list()).toEqual([]);
    expect(lab.readSave(older.id)).toBeUndefined();
    expect(storage.getItem(LIST_KEY)).toBeNull();
  });

  it('makes ids it will read back', () => {
    const id = newLabId(new Date('2026-11-25T10:00:00Z'), () => 0.5);
    expect(id).toBe(`lab-${new Date('2026-11-25T10:00:00Z').getTime().toString(36)}-${Math.floor(0.5 * 36 ** 4).toString(36)}`);
    expect(isLabId(id)).toBe(true);
    expect(isLabId('lab-')).toBe(false);
    expect(isLabId('maandag-eerste-uur')).toBe(false);
  });
});

describe('the YAML of the shipped scenarios, for the lab', () => {
  it('is each scenario file as written, comments kept, named by its scenario id', () => {
    const root = resolve(new URL('../..', import.meta.url).pathname);
    const { data, sources } = loadShippedScenarios(resolve(root, 'scenarios'), root);
    expect(sources.map((source) => source.id).sort()).toEqual(data.scenarios.map((compiled) => compiled.scenario.id).sort());
    const maandag = sources.find((source) => source.id === 'maandag-eerste-uur')!;
    expect(maandag.file).toBe('maandag-eerste-uur.yaml');
    expect(maandag.title.nl).toBe('Maandag, eerste uur in 3A');
    expect(maandag.text).toBe(readFileSync(resolve(root, 'scenarios/maandag-eerste-uur.yaml'), 'utf8'));
    expect(maandag.text.startsWith('# ')).toBe(true);
  });
});
