/**
 * The player's own teacher profile (interests and temperament), kept in the browser's storage and
 * nowhere else. It feeds only the frame-of-reference question in the debrief, never the score. What
 * comes back from storage is checked field by field: unknown interests are dropped (and at most
 * MAX_PROFILE_INTERESTS kept), but without a known temperament there is no profile, so the player is
 * asked again rather than given one they did not choose.
 */
import type { PlayerProfile } from '../core/model/types.ts';
import { INTERESTS, MAX_PROFILE_INTERESTS, TEMPERAMENTS, type Interest, type Temperament } from '../core/scenario/vocabulary.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

const KEY = 'klasdeur:profile';

/** The stored profile, repaired where it can be; undefined when it has no known temperament. */
export function sanitiseProfile(value: unknown): PlayerProfile | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  if (!TEMPERAMENTS.includes(stored.temperament as Temperament)) return undefined;
  const known = Array.isArray(stored.interests) ? stored.interests.filter((item): item is Interest => INTERESTS.includes(item as Interest)) : [];
  return { interests: [...new Set(known)].slice(0, MAX_PROFILE_INTERESTS), temperament: stored.temperament as Temperament };
}

export interface ProfileStore {
  /** The stored profile, or undefined when there is none (or none worth keeping). */
  read(): PlayerProfile | undefined;
  /** Answers false when the storage refused it (full, or switched off). */
  write(profile: PlayerProfile): boolean;
  clear(): void;
}

export function createProfileStore(storage: KeyValueStorage): ProfileStore {
  const json = jsonStorage(storage);
  return {
    read: () => sanitiseProfile(json.read(KEY)),
    write: (profile) => json.write(KEY, { interests: profile.interests, temperament: profile.temperament }),
    clear: () => json.remove(KEY),
  };
}
