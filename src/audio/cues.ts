/**
 * What the game's sounds are and when they play, as pure data and functions (no Howler, no DOM): the cue
 * names, the caption of every sound in Dutch and English, which cues a step from one view model to the next
 * calls for (the bell when the lesson starts, when its clock runs out and at an ending; door and footsteps
 * when pupils come in or leave), and how queued cues follow each other without talking over one another.
 */
import type { ViewModel } from '../core/session/view.ts';

export const CUE_NAMES = ['bell', 'door', 'footsteps', 'choice', 'timeUp'] as const;
export type CueName = (typeof CUE_NAMES)[number];

/** Everything a caption can say: the cues, and the class's chatter rising or falling. */
export type CaptionKey = CueName | 'murmur' | 'murmurLoud' | 'quiet';

export interface Caption {
  key: CaptionKey;
  /**
   * A small mark for the eye; the words stand without it. The musical note is in every common font
   * (emoji are not: without an emoji font they show as empty boxes).
   */
  icon: string;
  nl: string;
  en: string;
}

export const CAPTIONS: Readonly<Record<CaptionKey, Caption>> = {
  bell: { key: 'bell', icon: '♪', nl: 'De bel gaat', en: 'The bell rings' },
  door: { key: 'door', icon: '♪', nl: 'De deur gaat open', en: 'The door opens' },
  footsteps: { key: 'footsteps', icon: '♪', nl: 'Voetstappen in de gang', en: 'Footsteps in the corridor' },
  choice: { key: 'choice', icon: '♪', nl: 'Een zacht belletje', en: 'A soft chime' },
  timeUp: { key: 'timeUp', icon: '♪', nl: 'De tijd is om', en: 'Time is up' },
  murmur: { key: 'murmur', icon: '♪', nl: 'Geroezemoes in de klas', en: 'Chatter in the classroom' },
  murmurLoud: { key: 'murmurLoud', icon: '♪', nl: 'Het geroezemoes zwelt aan', en: 'The chatter grows loud' },
  quiet: { key: 'quiet', icon: '♪', nl: 'Het wordt stil in de klas', en: 'The class falls quiet' },
};

export function captionFor(key: CaptionKey): Caption {
  return CAPTIONS[key];
}

/**
 * How long each cue holds the floor (ms): a cue queued behind it starts then. Shorter than the files, whose
 * last part is a ring-out the next sound may overlap.
 */
export const CUE_FLOOR_MS: Readonly<Record<CueName, number>> = {
  bell: 1900,
  door: 800,
  footsteps: 1800,
  choice: 300,
  timeUp: 450,
};

/** A cue that would have to wait longer than this behind others is dropped: it would come too late to mean anything. */
export const MAX_CUE_WAIT_MS = 4000;

/** The chimes answer the player's own choice or time-up: they never wait, or they would not feel like an answer. */
const ANSWERS: ReadonlySet<CueName> = new Set(['choice', 'timeUp']);

/**
 * When a cue asked for at `now` starts, given that the floor is taken until `busyUntil`; and until when the
 * floor is taken then. A sound of the story waits its turn; the chimes play at once (over anything still
 * sounding) and the story's next sound waits for them. Undefined: drop it (the wait would be too long).
 */
export function scheduleCue(name: CueName, now: number, busyUntil: number): { start: number; busyUntil: number } | undefined {
  if (ANSWERS.has(name)) return { start: now, busyUntil: Math.max(busyUntil, now + CUE_FLOOR_MS[name]) };
  const start = Math.max(now, busyUntil);
  if (start - now > MAX_CUE_WAIT_MS) return undefined;
  return { start, busyUntil: start + CUE_FLOOR_MS[name] };
}

/** The parts of a view model that decide its sounds. */
export type HeardView = Pick<ViewModel, 'beat' | 'pupils' | 'prompt' | 'clock'>;

const MOVING = ['binnenkomen', 'vertrekken'] as const;
type Moving = (typeof MOVING)[number];

/** Pupils who start coming in or leaving in `next`: not already doing so in the same beat of `previous`. */
function startsMoving(previous: HeardView | undefined, next: HeardView): Set<Moving> {
  const before = new Map(previous && previous.beat === next.beat ? previous.pupils.map((pupil) => [pupil.id, pupil.doing]) : []);
  const moving = new Set<Moving>();
  for (const pupil of next.pupils) {
    const doing = pupil.doing;
    if ((doing === 'binnenkomen' || doing === 'vertrekken') && before.get(pupil.id) !== doing) moving.add(doing);
  }
  return moving;
}

/**
 * The cues that going from `previous` to `next` calls for, in the order they should sound. `previous`
 * undefined means the lesson has just begun (a resumed or branched run passes its first view as `previous`,
 * so it starts without a bell). The bell rings when the lesson begins, when the lesson clock runs out, and at
 * an ending (once, if both come in one step); pupils coming in are heard in the corridor and then at the
 * door, pupils leaving the other way round.
 */
export function cuesBetween(previous: HeardView | undefined, next: HeardView): CueName[] {
  const cues: CueName[] = [];
  const clockRanOut = previous !== undefined && previous.clock.minutesLeft > 0 && next.clock.minutesLeft === 0;
  const reachedEnding = next.prompt.kind === 'ending' && previous?.prompt.kind !== 'ending';
  if (previous === undefined || clockRanOut || reachedEnding) cues.push('bell');
  const moving = startsMoving(previous, next);
  if (moving.has('binnenkomen')) cues.push('footsteps', 'door');
  else if (moving.has('vertrekken')) cues.push('door', 'footsteps');
  return cues;
}
