/**
 * The profile store: what is written comes back; corrupted JSON or a profile without a known temperament
 * reads as no profile; unknown or surplus interests are dropped one by one; a full storage is reported
 * instead of thrown; clear() forgets it.
 */
import { describe, expect, it } from 'vitest';
import type { PlayerProfile } from '../../src/core/model/types.ts';
import { createProfileStore } from '../../src/persistence/profile.ts';
import { memoryStorage, type KeyValueStorage } from '../../src/persistence/saves.ts';

const KEY = 'klasdeur:profile';
const profile: PlayerProfile = { interests: ['muziek', 'koken'], temperament: 'nieuwsgierig' };

describe('the profile store', () => {
  it('reads nothing before anything is stored', () => {
    expect(createProfileStore(memoryStorage()).read()).toBeUndefined();
  });

  it('gives back what it stored, and forgets it on clear', () => {
    const store = createProfileStore(memoryStorage());
    expect(store.write(profile)).toBe(true);
    expect(store.read()).toEqual(profile);
    store.write({ interests: [], temperament: 'rustig' });
    expect(store.read()).toEqual({ interests: [], temperament: 'rustig' });
    store.clear();
    expect(store.read()).toBeUndefined();
  });

  it('reads corrupted or foreign JSON as no profile', () => {
    const storage = memoryStorage();
    const store = createProfileStore(storage);
    for (const bad of ['{not json', '', 'null', '42', '"rustig"', '[]', '["rustig"]', '{}', '{"interests":["muziek"]}']) {
      storage.setItem(KEY, bad);
      expect(store.read(), bad).toBeUndefined();
    }
  });

  it('drops a profile whose temperament is unknown', () => {
    const storage = memoryStorage();
    storage.setItem(KEY, JSON.stringify({ interests: ['muziek'], temperament: 'chagrijnig' }));
    expect(createProfileStore(storage).read()).toBeUndefined();
    storage.setItem(KEY, JSON.stringify({ interests: ['muziek'], temperament: 3 }));
    expect(createProfileStore(storage).read()).toBeUndefined();
  });

  it('drops unknown, repeated and surplus interests but keeps the rest', () => {
    const storage = memoryStorage();
    const store = createProfileStore(storage);
    storage.setItem(KEY, JSON.stringify({ interests: ['muziek', 'breien', 7, null, 'muziek', 'sport'], temperament: 'rustig' }));
    expect(store.read()).toEqual({ interests: ['muziek', 'sport'], temperament: 'rustig' });
    storage.setItem(KEY, JSON.stringify({ interests: ['sport', 'muziek', 'gamen', 'lezen', 'koken', 'film'], temperament: 'druk' }));
    expect(store.read()).toEqual({ interests: ['sport', 'muziek', 'gamen', 'lezen'], temperament: 'druk' });
    storage.setItem(KEY, JSON.stringify({ interests: 'muziek', temperament: 'dromerig' }));
    expect(store.read()).toEqual({ interests: [], temperament: 'dromerig' });
  });

  it('stores only the profile, not whatever else the object carries', () => {
    const storage = memoryStorage();
    createProfileStore(storage).write({ ...profile, secret: 'x' } as PlayerProfile);
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual(profile);
  });

  it('reports a full or switched-off storage instead of throwing', () => {
    const full: KeyValueStorage = {
      ...memoryStorage(),
      setItem() {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(createProfileStore(full).write(profile)).toBe(false);
    const off: KeyValueStorage = {
      getItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem() {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem() {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const store = createProfileStore(off);
    expect(store.read()).toBeUndefined();
    expect(store.write(profile)).toBe(false);
    expect(() => store.clear()).not.toThrow();
  });
});
