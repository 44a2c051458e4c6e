/**
 * The play screen's DOM overlay: the lesson title and clock, a stage element the classroom is drawn in,
 * the reaction to the last decision, the narration and lines with their speakers, and the choices as
 * buttons (keys 1–9, Tab and Enter), with a countdown on timed beats and the optional live meters.
 * It shows a view model and reports what the player does; it decides nothing.
 *
 * For screen readers: a visually hidden polite live region narrates the canvas (core/session/narration:
 * only what changed since the last view), and the story is a polite live region of its own, because focus
 * goes to the first choice (or "continue") so that keyboard play needs no extra Tab. Neither region holds
 * what the other says, the focused choice is in neither, and an unchanged story is not written again, so
 * nothing is announced twice. On each new beat the page scrolls to show as much of the beat as fits with the
 * focused choice in view (the stage, then the story's start, at least the first choice).
 *
 * Projector mode (a whole group plays on a projector): large type (the body's `projector` class, in
 * projector.css), no countdown, no number keys, and at each decision the tally form (tallyForm.ts) in
 * place of the choice buttons: the lecturer counts the room's votes, then follows an option.
 */
import { describeChanges } from '../core/session/narration.ts';
import type { LineView, ViewModel } from '../core/session/view.ts';
import { startCountdown, type Countdown } from './countdown.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';
import { createTallyForm } from './tallyForm.ts';
import './projector.css';

/** What the lecturer typed at a decision in projector mode: a count per option shown (undefined where empty), and the position followed. */
export interface GroupVote {
  counts: (number | undefined)[];
  followed: number;
}

export interface PlayHandlers {
  /** `vote` is given in projector mode when the lecturer counted the room's votes (not when skipped). */
  choose(index: number, incident: string | undefined, vote?: GroupVote): void;
  proceed(): void;
  timeUp(): void;
  /** When given, a button in the bar leaves the lesson (it stays saved) for the situations and settings. */
  leave?(): void;
}

export interface PlayScreen {
  element: HTMLElement;
  /** Where the classroom is drawn. */
  stage: HTMLElement;
  show(view: ViewModel): void;
  /** A short notice above the text (a save that failed, a scenario that changed). */
  notify(message: string): void;
  destroy(): void;
}

function lineElement(line: LineView, strings: Strings): HTMLElement {
  const quote = el('p', 'line');
  quote.append(el('span', 'line__speaker', line.name), el('span', 'visually-hidden', `${strings.says(line.name)}: `), el('q', 'line__text', line.text));
  quote.querySelector('.line__speaker')?.setAttribute('aria-hidden', 'true');
  return quote;
}

function meter(label: string, value: number): HTMLElement {
  const wrap = el('div', 'meter');
  const percent = Math.round(((value + 1) / 2) * 100);
  const bar = el('meter', 'meter__bar', undefined, { min: '-1', max: '1', value: value.toFixed(2), 'aria-label': label });
  wrap.append(el('span', 'meter__label', label), bar, el('span', 'visually-hidden', `${percent}%`));
  return wrap;
}

export function createPlayScreen(strings: Strings, settings: { meters: boolean; projector?: boolean }, handlers: PlayHandlers): PlayScreen {
  const projector = settings.projector === true;
  // Large type for the whole page while the group plays (projector.css); taken off again by destroy().
  if (projector) document.body.classList.add('projector');
  const element = el('section', `play${projector ? ' play--projector' : ''}`, undefined, { 'aria-labelledby': 'play-title' });
  const bar = el('header', 'play__bar');
  const title = el('h2', 'play__title', '', { id: 'play-title' });
  const clock = el('p', 'play__clock');
  bar.append(title, clock);
  if (handlers.leave) {
    const leave = el('button', 'button button--plain play__leave', strings.pauseLesson, { type: 'button' });
    leave.addEventListener('click', () => handlers.leave?.());
    bar.append(leave);
  }
  const stage = el('div', 'play__stage');
  const notice = el('p', 'play__notice', undefined, { role: 'status' });
  notice.hidden = true;
  const narration = el('div', 'play__narration visually-hidden', undefined, { 'aria-live': 'polite' });
  const story = el('div', 'play__story', undefined, { 'aria-live': 'polite' });
  const meters = el('div', 'play__meters', undefined, { 'aria-label': strings.meters, role: 'group' });
  const prompt = el('div', 'play__prompt');
  // The title, clock and stage; beside or below them (by the window's shape, in CSS) the text and the choices.
  const scene = el('div', 'play__scene');
  scene.append(bar, stage);
  const side = el('div', 'play__side');
  side.append(notice, narration, story, prompt);
  if (settings.meters) side.append(meters);
  element.append(scene, side);

  let countdown: Countdown | undefined;
  let currentChoices: { index: number; incident?: string }[] = [];
  let answered = false;
  let previous: ViewModel | undefined;
  let shownStory = '';
  let pendingNarration: number | undefined;

  const narrate = (sentences: string[]) => {
    if (sentences.length === 0) return;
    window.clearTimeout(pendingNarration);
    const write = () => narration.replaceChildren(...sentences.map((sentence) => el('p', '', sentence)));
    // A live region announces changes, not its first content: on the first view the region has only just
    // been added to the page, so give assistive technology a moment to see it empty before filling it.
    if (previous === undefined) pendingNarration = window.setTimeout(write, 250);
    else write();
  };

  /** Shows as much of the beat as fits with `target` (the focused control) in view. */
  const reveal = (target: HTMLElement) => {
    if (!element.isConnected) return;
    const margin = 8;
    const top = (node: HTMLElement) => node.getBoundingClientRect().top + window.scrollY;
    const bottom = target.getBoundingClientRect().bottom + window.scrollY;
    const room = window.innerHeight - 2 * margin;
    const from = [element, story].map(top).find((start) => bottom - start <= room);
    window.scrollTo({ top: Math.max(0, (from ?? bottom - room) - margin), behavior: 'instant' });
  };

  const answer = (act: () => void) => {
    if (answered) return;
    answered = true;
    countdown?.stop();
    act();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const number = Number(event.key);
    if (Number.isInteger(number) && number >= 1 && number <= currentChoices.length) {
      const picked = currentChoices[number - 1]!;
      event.preventDefault();
      answer(() => handlers.choose(picked.index, picked.incident));
    }
  };
  document.addEventListener('keydown', onKey);

  function show(view: ViewModel) {
    // The first view comes twice (before and after the classroom has loaded): the second changes nothing,
    // so it must not take the focus back, restart a countdown or say anything again.
    if (previous !== undefined && JSON.stringify(view) === JSON.stringify(previous)) return;
    countdown?.stop();
    countdown = undefined;
    answered = false;
    title.textContent = view.title;
    clock.textContent = `${strings.minuteOf(view.clock.minutesUsed, view.clock.lessonMinutes)} · ${strings.minutesLeft(view.clock.minutesLeft)}`;

    narrate(describeChanges(previous, view, view.lang));
    previous = view;

    // The same story again (a beat whose text stays while the pupils change) is not rewritten, or the live
    // region would read it twice.
    const storyKey = JSON.stringify([view.reaction, view.narration, view.lines]);
    if (storyKey !== shownStory) {
      shownStory = storyKey;
      story.replaceChildren();
      if (view.reaction) {
        const reaction = el('div', 'play__reaction');
        if (view.reaction.narration) reaction.append(el('p', 'narration', view.reaction.narration));
        reaction.append(...view.reaction.lines.map((line) => lineElement(line, strings)));
        story.append(reaction);
      }
      if (view.narration) story.append(el('p', 'narration', view.narration));
      story.append(...view.lines.map((line) => lineElement(line, strings)));
    }

    prompt.replaceChildren();
    currentChoices = [];
    if (view.prompt.kind === 'choices' && projector) {
      const { incident, choices } = view.prompt;
      const heading = el('h3', 'prompt__heading', incident ? strings.groupMeanwhile : strings.groupWhatDoYouDo, { id: 'prompt-heading' });
      const tally = createTallyForm(choices, heading.id, strings, (position, counts) => {
        const choice = choices[position];
        if (choice) answer(() => handlers.choose(choice.index, incident, counts ? { counts, followed: position } : undefined));
      });
      prompt.append(heading, tally.element);
      tally.first?.focus({ preventScroll: true });
      if (tally.first) reveal(tally.first);
    } else if (view.prompt.kind === 'choices') {
      const { incident, choices, timeLimit } = view.prompt;
      const heading = el('h3', 'prompt__heading', incident ? strings.meanwhile : strings.whatDoYouDo, { id: 'prompt-heading' });
      const list = el('ol', 'choices', undefined, { 'aria-labelledby': 'prompt-heading' });
      choices.forEach((choice, position) => {
        const item = el('li', 'choices__item');
        const button = el('button', 'choice', undefined, { type: 'button', 'data-choice': String(choice.index) });
        button.append(el('span', 'choice__key', String(position + 1), { 'aria-hidden': 'true' }), el('span', 'choice__text', choice.text));
        button.addEventListener('click', () => answer(() => handlers.choose(choice.index, incident)));
        item.append(button);
        list.append(item);
        currentChoices.push({ index: choice.index, ...(incident ? { incident } : {}) });
      });
      prompt.append(heading, list, el('p', 'prompt__hint', strings.keysHint));
      if (timeLimit !== undefined) {
        countdown = startCountdown(timeLimit, strings, () => answer(() => handlers.timeUp()));
        prompt.insertBefore(countdown.element, list);
      }
      const first = list.querySelector('button');
      first?.focus({ preventScroll: true });
      if (first) reveal(first);
    } else if (view.prompt.kind === 'continue') {
      const button = el('button', 'continue', strings.continue, { type: 'button' });
      button.addEventListener('click', () => answer(() => handlers.proceed()));
      prompt.append(button);
      button.focus({ preventScroll: true });
      reveal(button);
    }

    if (settings.meters) {
      meters.replaceChildren(el('h3', 'meters__heading', strings.meters), meter(strings.structure, view.meters.structure), meter(strings.closeness, view.meters.closeness));
    }
  }

  return {
    element,
    stage,
    show,
    notify(message) {
      notice.textContent = message;
      notice.hidden = false;
    },
    destroy() {
      countdown?.stop();
      window.clearTimeout(pendingNarration);
      document.removeEventListener('keydown', onKey);
      if (projector) document.body.classList.remove('projector');
      element.remove();
    },
  };
}
