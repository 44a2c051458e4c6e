/**
 * The visible clock of a timed beat. First a reading pause: the bar stands still and says how many
 * seconds there will be to choose. Then the beat's own seconds count down; at zero it calls `onTimeUp`
 * once. It only measures time; what a time-up means is the scenario's business.
 */
import type { TimeLimitView } from '../core/session/view.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface Countdown {
  element: HTMLElement;
  stop(): void;
}

export function startCountdown(limit: TimeLimitView, strings: Strings, onTimeUp: () => void): Countdown {
  const { readingSeconds, seconds } = limit;
  const element = el('div', 'countdown countdown--reading', undefined, { role: 'timer', 'aria-live': 'off' });
  const bar = el('div', 'countdown__bar');
  const fill = el('div', 'countdown__fill');
  const label = el('p', 'countdown__label', strings.readFirst(seconds));
  bar.append(fill);
  element.append(bar, label);
  const started = performance.now();
  let lastShown: number | undefined;
  const tick = () => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed < readingSeconds) return;
    element.classList.remove('countdown--reading');
    const left = Math.max(0, seconds - (elapsed - readingSeconds));
    fill.style.width = `${(left / seconds) * 100}%`;
    const whole = Math.ceil(left);
    if (whole !== lastShown) {
      label.textContent = strings.secondsLeft(whole);
      lastShown = whole;
    }
    if (left <= 0) {
      window.clearInterval(timer);
      onTimeUp();
    }
  };
  const timer = window.setInterval(tick, 100);
  return { element, stop: () => window.clearInterval(timer) };
}
