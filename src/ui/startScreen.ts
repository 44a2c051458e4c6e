/**
 * The start screen: a short welcome, the first-time tutorial (how to read the pupils, how choices and
 * countdowns work, that there is no single right answer and the debrief explains) — open on a first
 * visit, folded away behind "how does it work again?" after that — and the ways on: begin, earlier
 * lessons (when there are any), settings. It shows and reports; it decides nothing.
 */
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface StartActions {
  begin(): void;
  settings(): void;
  runs(): void;
  /** Whether there are finished lessons to look back on: only then is that button shown. */
  hasRuns: boolean;
}

/** The four steps; their titles are headings under the open tutorial, plain text inside the folded one. */
function tutorialSteps(strings: Strings, titleTag: 'h4' | 'p'): HTMLOListElement {
  const steps: [string, string][] = [
    [strings.tutorialWatchTitle, strings.tutorialWatchText],
    [strings.tutorialChooseTitle, strings.tutorialChooseText],
    [strings.tutorialNoRightTitle, strings.tutorialNoRightText],
    [strings.tutorialDebriefTitle, strings.tutorialDebriefText],
  ];
  const list = el('ol', 'tutorial__steps');
  list.append(
    ...steps.map(([title, text]) => {
      const item = el('li', 'tutorial__step');
      item.append(el(titleTag, 'tutorial__title', title), el('p', 'tutorial__text', text));
      return item;
    }),
  );
  return list;
}

export function createStartScreen(strings: Strings, state: { firstVisit: boolean }, actions: StartActions): HTMLElement {
  const section = el('section', 'start', undefined, { 'aria-labelledby': 'start-title' });
  const heading = el('h2', 'screen__heading', strings.startHeading, { id: 'start-title', tabindex: '-1' });
  section.append(heading, el('p', 'start__welcome', strings.startWelcome));

  if (state.firstVisit) {
    const tutorial = el('section', 'tutorial', undefined, { 'aria-labelledby': 'tutorial-title' });
    tutorial.append(el('h3', 'tutorial__heading', strings.tutorialHeading, { id: 'tutorial-title' }), tutorialSteps(strings, 'h4'));
    section.append(tutorial);
  } else {
    const again = el('details', 'tutorial tutorial--again');
    again.append(el('summary', 'tutorial__summary', strings.tutorialAgain), tutorialSteps(strings, 'p'));
    section.append(again);
  }

  const buttons = el('div', 'screen__actions');
  const begin = el('button', 'button', strings.begin, { type: 'button' });
  begin.addEventListener('click', () => actions.begin());
  buttons.append(begin);
  if (actions.hasRuns) {
    const runs = el('button', 'button button--plain', strings.myLessons, { type: 'button' });
    runs.addEventListener('click', () => actions.runs());
    buttons.append(runs);
  }
  const settings = el('button', 'button button--plain', strings.settingsLink, { type: 'button' });
  settings.addEventListener('click', () => actions.settings());
  buttons.append(settings);
  section.append(buttons);

  // Arriving from another screen leaves focus nowhere: start reading at this screen's heading.
  queueMicrotask(() => {
    if (heading.isConnected && (document.activeElement === null || document.activeElement === document.body)) heading.focus();
  });
  return section;
}
