/**
 * The player's settings (their shape: core/settings.ts), kept in the browser's storage: language, text size, reduced motion, time
 * pressure, live meters, sound. A stored value that is missing, corrupt or out of range falls back to
 * the default for that setting alone, so one bad value never loses the others.
 */
import { DEFAULT_SETTINGS, type Settings } from '../core/settings.ts';
import { jsonStorage, type KeyValueStorage } from './storage.ts';

export { DEFAULT_SETTINGS, type Settings };

const KEY = 'klasdeur:settings';

/** Keeps each field that has the right type and range, and the default for the rest. */
export function sanitiseSettings(value: unknown): Settings {
  const stored = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const oneOf = <T extends string>(field: string, options: readonly T[], fallback: T): T =>
    options.includes(stored[field] as T) ? (stored[field] as T) : fallback;
  const flag = (field: keyof Settings, fallback: boolean) => (typeof stored[field] === 'boolean' ? (stored[field] as boolean) : fallback);
  const volume = typeof stored.volume === 'number' && stored.volume >= 0 && stored.volume <= 1 ? stored.volume : DEFAULT_SETTINGS.volume;
  return {
    lang: oneOf('lang', ['nl', 'en'], DEFAULT_SETTINGS.lang),
    textSize: oneOf('textSize', ['normaal', 'groot', 'extra-groot'], DEFAULT_SETTINGS.textSize),
    reducedMotion: flag('reducedMotion', DEFAULT_SETTINGS.reducedMotion),
    timePressure: flag('timePressure', DEFAULT_SETTINGS.timePressure),
    meters: flag('meters', DEFAULT_SETTINGS.meters),
    muted: flag('muted', DEFAULT_SETTINGS.muted),
    volume,
  };
}

export interface SettingsStore {
  read(): Settings;
  /** Answers false when the storage refused it. */
  write(settings: Settings): boolean;
  /** Forgets the stored settings: read() gives the defaults again. */
  clear(): void;
}

export function createSettingsStore(storage: KeyValueStorage, defaults: Partial<Settings> = {}): SettingsStore {
  const json = jsonStorage(storage);
  return {
    read() {
      const stored = json.read(KEY);
      return sanitiseSettings(stored !== null && typeof stored === 'object' ? { ...defaults, ...stored } : defaults);
    },
    write: (settings) => json.write(KEY, settings),
    clear: () => json.remove(KEY),
  };
}
