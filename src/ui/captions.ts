/**
 * Sound captions: a small line at the top of the window during play saying what is heard ("🔔 De bel gaat"),
 * so the sounds reach whoever plays muted or cannot hear them. Each caption shows for about three seconds, the
 * latest on top, never more than two at once; the same caption again only brings it back to the top. They
 * are for the eye: hidden from assistive technology (the screen-reader live region narrates the lesson), and
 * without animation when the player or the system asks for reduced motion. Text goes in as text, never HTML.
 */
import './captions.css';

export interface CaptionsOptions {
  reducedMotion: boolean;
  /** How long one caption stays (ms). */
  lifetimeMs?: number;
  /** How many captions show at once. */
  max?: number;
}

export interface Captions {
  element: HTMLElement;
  show(text: string): void;
  clear(): void;
  destroy(): void;
}

/** How long the fade-out takes (ms); it matches captions.css. */
const LEAVE_MS = 250;

export function createCaptions(options: CaptionsOptions): Captions {
  const lifetime = options.lifetimeMs ?? 3000;
  const max = options.max ?? 2;
  const element = document.createElement('div');
  element.className = options.reducedMotion ? 'captions captions--still' : 'captions';
  element.setAttribute('aria-hidden', 'true');
  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

  const remove = (line: HTMLElement) => {
    clearTimeout(timers.get(line));
    timers.delete(line);
    line.remove();
  };

  /** Fades a caption out (or just removes it when motion is reduced). */
  const retire = (line: HTMLElement) => {
    if (options.reducedMotion || !line.isConnected) return remove(line);
    clearTimeout(timers.get(line));
    line.classList.add('caption--leaving');
    timers.set(line, setTimeout(() => remove(line), LEAVE_MS));
  };

  const live = () => [...element.children].filter((line): line is HTMLElement => line instanceof HTMLElement && !line.classList.contains('caption--leaving'));

  return {
    element,
    show(text) {
      const same = live().find((line) => line.textContent === text);
      if (same) remove(same);
      const line = document.createElement('p');
      line.className = 'caption';
      line.textContent = text;
      element.prepend(line);
      timers.set(line, setTimeout(() => retire(line), lifetime));
      // Never more than `max`: the oldest go at once (the leaving ones too, so nothing piles up).
      for (const old of [...element.children].slice(max)) remove(old as HTMLElement);
    },
    clear() {
      for (const line of [...element.children]) remove(line as HTMLElement);
    },
    destroy() {
      for (const line of [...element.children]) remove(line as HTMLElement);
      element.remove();
    },
  };
}
