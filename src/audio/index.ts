/**
 * The game's sound, Howler behind a tiny interface: cues (bell, door, footsteps, the soft chimes after a
 * choice or a time-up), the class's murmur as an ambience whose level follows restlessness, mute and volume
 * (the player's own settings, applied to Howler's global mute and volume, which Howler does not keep), and a
 * caption for every sound that plays.
 *
 * Autoplay: nothing is created (no AudioContext, no Howl) until the first pointer, key or touch on the page,
 * so the AudioContext is born inside a user gesture, which every browser's autoplay policy lets run. (The
 * audio is created when the page loads, before any gesture could have happened: there is no earlier one to
 * look for.) Cues asked for before that are not played (a late bell would mislead) but still captioned; the
 * ambience starts then at its current level. A sound blocked anyway (`playerror`: Howler's HTML5 fallback) is
 * tried again on Howler's `unlock`. No call throws.
 *
 * The WAVs come from scripts/generate-audio.mjs and are bundled by Vite (`?url`): nothing is fetched from
 * anywhere but the game's own files.
 */
import { Howl, Howler } from 'howler';
import bellUrl from '../../assets/audio/bell.wav?url';
import choiceUrl from '../../assets/audio/choice.wav?url';
import doorUrl from '../../assets/audio/door.wav?url';
import footstepsUrl from '../../assets/audio/footsteps.wav?url';
import murmurUrl from '../../assets/audio/murmur.wav?url';
import timeUpUrl from '../../assets/audio/time-up.wav?url';
import { AMBIENCE, ambienceLevel, murmurBand, murmurCaption, type MurmurBand } from './ambience.ts';
import { captionFor, scheduleCue, type Caption, type CaptionKey, type CueName } from './cues.ts';

export { CAPTIONS, CUE_NAMES, cuesBetween, type Caption, type CaptionKey, type CueName, type HeardView } from './cues.ts';
export { ambienceLevel, heardRestlessness } from './ambience.ts';

export interface AudioOptions {
  muted: boolean;
  /** 0–1 */
  volume: number;
}

export interface GameAudio {
  /** Plays a cue (after the one still sounding, if any) and captions it. */
  cue(name: CueName): void;
  /** The murmur follows the class's restlessness (0–1), fading smoothly; silent at 0. */
  setAmbience(restlessness: number): void;
  setMuted(muted: boolean): void;
  /** 0–1 */
  setVolume(volume: number): void;
  /** Silences everything at once: cues, queued cues, the ambience. The audio stays usable. */
  stop(): void;
  /** Called with the caption of every sound as it starts (muted or not); returns a function that unsubscribes. */
  onCaption(listener: (caption: Caption) => void): () => void;
  /** For tests: whether a sound is audibly playing now (false when muted: muted sounds are not played). */
  playing(): boolean;
  /** For tests: whether Howler itself is muted. */
  muted(): boolean;
  /** For tests: whether the audio has started (the first gesture came, Howler is set up). */
  started(): boolean;
}

type Sound = CueName | 'murmur';

const SOURCES: Readonly<Record<Sound, string>> = {
  bell: bellUrl,
  door: doorUrl,
  footsteps: footstepsUrl,
  choice: choiceUrl,
  timeUp: timeUpUrl,
  murmur: murmurUrl,
};

/** Relative loudness of each sound before the player's volume (the files are normalised by peak). */
const GAIN: Readonly<Record<CueName, number>> = {
  bell: 0.7,
  door: 0.9,
  footsteps: 0.8,
  choice: 0.6,
  timeUp: 0.6,
};

/** A cue blocked by the browser is tried again on unlock only if that comes this soon; later it would mislead. */
const RETRY_WITHIN_MS = 1500;

const GESTURES = ['pointerdown', 'keydown', 'touchend', 'click'] as const;

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

/** Runs `act`, and swallows anything it throws: sound is never worth breaking the game for. */
function safely(act: () => void): void {
  try {
    act();
  } catch {
    // no sound, the game goes on
  }
}

export function createAudio(options: AudioOptions): GameAudio {
  let muted = options.muted;
  let volume = clamp01(options.volume);
  let howls: Map<Sound, Howl> | undefined;
  const listeners = new Set<(caption: Caption) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let busyUntil = 0;
  let restlessness = 0;
  let band: MurmurBand = 0;
  let murmurId: number | undefined;
  /** The murmur has been asked to play (it may still be loading) and has not been paused or stopped since. */
  let murmurOn = false;

  const caption = (key: CaptionKey) => {
    const said = captionFor(key);
    for (const listener of listeners) safely(() => listener(said));
  };

  const later = (ms: number, act: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      safely(act);
    }, ms);
    timers.add(timer);
  };

  /** Plays a cue's sound now, if the audio has started and is not muted. */
  function sound(name: CueName) {
    const howl = howls?.get(name);
    if (howl && !muted) howl.play();
  }

  /** The murmur's volume now (0 while it is not yet loaded). */
  function murmurVolume(murmur: Howl): number {
    const volume = murmurId === undefined ? 0 : murmur.volume(murmurId);
    return typeof volume === 'number' && volume >= 0 && volume <= 1 ? volume : 0;
  }

  /** The ambience at its level for the current restlessness, faded; paused (not just silent) at 0 or when muted. */
  function applyAmbience() {
    const murmur = howls?.get('murmur');
    if (!murmur) return;
    const target = muted ? 0 : ambienceLevel(restlessness);
    if (target > 0) {
      if (!murmurOn) {
        murmurOn = true;
        murmurId = murmur.play(murmurId);
        murmur.fade(0, target, AMBIENCE.fadeMs, murmurId);
      } else {
        murmur.fade(murmurVolume(murmur), target, AMBIENCE.fadeMs, murmurId);
      }
    } else if (murmurOn) {
      if (muted) {
        murmurOn = false;
        murmur.pause(murmurId);
      } else {
        murmur.fade(murmurVolume(murmur), 0, AMBIENCE.fadeMs, murmurId);
      }
    }
  }

  /** At the end of a fade down to silence: pause, so nothing runs for nothing. */
  function faded(murmur: Howl) {
    if (murmurOn && ambienceLevel(restlessness) === 0 && murmurVolume(murmur) === 0) {
      murmurOn = false;
      murmur.pause(murmurId);
    }
  }

  /** A sound the browser refused is tried again when Howler unlocks audio (a cue only if still timely). */
  function retryOnUnlock(name: Sound, howl: Howl) {
    const asked = performance.now();
    howl.once('unlock', () =>
      safely(() => {
        if (name === 'murmur') {
          murmurId = undefined;
          murmurOn = false;
          applyAmbience();
        } else if (performance.now() - asked < RETRY_WITHIN_MS) sound(name);
      }),
    );
  }

  function start() {
    if (howls) return;
    safely(() => {
      Howler.mute(muted);
      Howler.volume(volume);
      const made = new Map<Sound, Howl>();
      for (const [name, src] of Object.entries(SOURCES) as [Sound, string][]) {
        const howl: Howl = new Howl({
          src: [src],
          format: ['wav'],
          loop: name === 'murmur',
          volume: name === 'murmur' ? 0 : GAIN[name],
          preload: true,
          onplayerror: () => retryOnUnlock(name, howl),
          ...(name === 'murmur' ? { onfade: () => safely(() => faded(howl)) } : {}),
        });
        made.set(name, howl);
      }
      howls = made;
      applyAmbience();
    });
  }

  const activated = (event: Event) => {
    if (!event.isTrusted) return;
    for (const type of GESTURES) window.removeEventListener(type, activated, true);
    start();
  };
  for (const type of GESTURES) window.addEventListener(type, activated, true);

  return {
    cue(name) {
      safely(() => {
        const now = performance.now();
        const slot = scheduleCue(name, now, busyUntil);
        if (!slot) return;
        busyUntil = slot.busyUntil;
        const play = () => {
          sound(name);
          caption(name);
        };
        if (slot.start <= now) play();
        else later(slot.start - now, play);
      });
    },
    setAmbience(level) {
      safely(() => {
        restlessness = clamp01(level);
        const next = murmurBand(band, restlessness);
        const said = murmurCaption(band, next);
        band = next;
        applyAmbience();
        if (said) caption(said);
      });
    },
    setMuted(on) {
      safely(() => {
        muted = on;
        if (!howls) return;
        Howler.mute(on);
        if (on) for (const [name, howl] of howls) if (name !== 'murmur') howl.stop();
        applyAmbience();
      });
    },
    setVolume(next) {
      safely(() => {
        volume = clamp01(next);
        if (howls) Howler.volume(volume);
      });
    },
    stop() {
      safely(() => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        busyUntil = 0;
        restlessness = 0;
        band = 0;
        murmurOn = false;
        murmurId = undefined;
        if (howls) for (const howl of howls.values()) howl.stop();
      });
    },
    onCaption(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    playing() {
      if (!howls || muted) return false;
      for (const howl of howls.values()) if (howl.playing()) return true;
      return false;
    },
    muted() {
      return howls ? ((Howler as unknown as { _muted?: boolean })._muted ?? muted) : muted;
    },
    started() {
      return howls !== undefined;
    },
  };
}
