/**
 * What an active assignment does to the player's settings for the session: its language and time pressure
 * stand in for the stored ones, without being stored. When the player changes a setting meanwhile, only
 * what they changed is written, so an assignment never leaves its language behind on a shared laptop.
 */
import type { Settings } from '../settings.ts';
import type { Assignment } from './assignment.ts';

/** The settings to play with: the stored ones, with the assignment's language and time pressure. */
export function withAssignment(stored: Settings, assignment: Assignment | undefined): Settings {
  return assignment ? { ...stored, lang: assignment.lang, timePressure: assignment.timePressure } : stored;
}

/** The settings to store after the player turned `shown` into `next`: the stored ones plus what changed. */
export function settingsToStore(stored: Settings, shown: Settings, next: Settings): Settings {
  const changed = Object.fromEntries(Object.entries(next).filter(([field, value]) => shown[field as keyof Settings] !== value));
  return { ...stored, ...changed };
}
