/**
 * The player's settings as plain data: what every layer reads (the UI edits them, persistence keeps
 * them, main applies them). Owns the shape and the defaults; storing them is persistence's job.
 */
import type { Language } from './scenario/vocabulary.ts';

export interface Settings {
  lang: Language;
  textSize: 'normaal' | 'groot' | 'extra-groot';
  reducedMotion: boolean;
  timePressure: boolean;
  meters: boolean;
  muted: boolean;
  /** 0–1 */
  volume: number;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'nl',
  textSize: 'normaal',
  reducedMotion: false,
  timePressure: true,
  meters: false,
  muted: false,
  volume: 0.8,
};
