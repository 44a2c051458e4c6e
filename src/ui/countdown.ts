/**
 * The visible countdown of a timed beat: a bar and the seconds left, started when the beat's text is on
 * screen. When it reaches zero it calls `onTimeUp` once. It only measures time; what a time-up means is
 * the scenario's business.
 */
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface Countdown {
  element: HTMLElement;
  stop(): void;
}

export function startCountdown(seconds: number, strings: Strings, onTimeUp: () => void): Countdown {
  const element = el('div', 'countdown', undefined, { role: 'timer', 'aria-live': 'off' });
  const bar = el('div', 'countdown__bar');
  const fill = el('div', 'countdown__fill');
  const label = el('p', 'countdown__label', strings.secondsLeft(seconds));
  bar.append(fill);
  element.append(bar, label);
  const started = performance.now();
  let lastShown = seconds;
  const tick = () => {
    const left = Math.max(0, seconds - (performance.now() - started) / 1000);
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
