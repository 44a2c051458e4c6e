/**
 * The class's chatter as a function of how restless the class is, pure (no Howler): where the chatter is
 * heard at all (only in the classroom), how loud the murmur loop plays for a restlessness (silent at 0, a
 * gentle curve up to a ceiling that leaves room for the cues and the player's thoughts), and when its caption
 * changes — with some hysteresis, so a class hovering round a threshold does not flicker captions.
 */
import type { ViewModel } from '../core/session/view.ts';
import type { CaptionKey } from './cues.ts';

export const AMBIENCE = {
  /** The murmur's volume at full restlessness, 0–1 (the player's volume setting applies on top). */
  ceiling: 0.7,
  /** >1: a calm class is quiet, a restless one fills the room (at 0.3, the usual start, about a quarter of the ceiling). */
  exponent: 1.3,
  /** How long a change of level takes (ms). */
  fadeMs: 1200,
} as const;

/** The murmur loop's volume for a restlessness in 0–1: 0 at 0 (and for anything not a number), rising smoothly. */
export function ambienceLevel(restlessness: number): number {
  if (!Number.isFinite(restlessness) || restlessness <= 0) return 0;
  return AMBIENCE.ceiling * Math.min(1, restlessness) ** AMBIENCE.exponent;
}

/** The places where the teacher is in (or at the door of) the classroom; elsewhere the class's chatter is not heard. */
const IN_THE_CLASSROOM: ReadonlySet<ViewModel['place']> = new Set(['klasdeur', 'bureau', 'tussen-de-banken']);

/**
 * The restlessness the player hears: the class's own in the classroom; none in the staff room or the
 * playground, nor once the story has reached its ending.
 */
export function heardRestlessness(view: Pick<ViewModel, 'place' | 'restlessness' | 'pupils' | 'prompt'>): number {
  if (view.prompt.kind === 'ending') return 0;
  return IN_THE_CLASSROOM.has(view.place) && view.pupils.length > 0 ? view.restlessness : 0;
}

/** 0: quiet (nothing to caption), 1: a murmur, 2: loud chatter. */
export type MurmurBand = 0 | 1 | 2;

/** Restlessness at which a band is entered, and below which it is left again. */
export const MURMUR_BANDS = {
  murmur: { enter: 0.15, leave: 0.1 },
  loud: { enter: 0.55, leave: 0.45 },
} as const;

/** The band for `restlessness`, given the band the murmur was in (hysteresis). */
export function murmurBand(previous: MurmurBand, restlessness: number): MurmurBand {
  const r = Number.isFinite(restlessness) ? restlessness : 0;
  const loud = previous === 2 ? r >= MURMUR_BANDS.loud.leave : r >= MURMUR_BANDS.loud.enter;
  if (loud) return 2;
  const murmur = previous >= 1 ? r >= MURMUR_BANDS.murmur.leave : r >= MURMUR_BANDS.murmur.enter;
  return murmur ? 1 : 0;
}

/** The caption for a change of band: chatter starting, chatter growing loud, the class falling quiet; else none. */
export function murmurCaption(previous: MurmurBand, next: MurmurBand): CaptionKey | undefined {
  if (next === previous) return undefined;
  if (next === 2) return 'murmurLoud';
  if (next === 1 && previous === 0) return 'murmur';
  if (next === 0) return 'quiet';
  return undefined;
}
