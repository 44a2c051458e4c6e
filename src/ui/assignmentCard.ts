/**
 * What a student sees on opening a lecturer's link: the start card (the lecturer's title, what to play,
 * the settings in plain words, "Begin") in the assignment's own language, or, for a link that cannot be
 * read, what is wrong with it and the way to the ordinary start. It shows and reports; main.ts applies.
 */
import './assignment.css';
import type { AssignmentView } from './assignmentView.ts';
import { el } from './dom.ts';
import { STRINGS, type Strings } from './strings.ts';

export interface AssignmentCardActions {
  begin(): void;
  /** Leaves the assignment unstarted, for the ordinary start. */
  notNow(): void;
}

function focusOnArrival(heading: HTMLElement) {
  queueMicrotask(() => {
    if (heading.isConnected) heading.focus();
  });
}

export function createAssignmentCard(view: AssignmentView, actions: AssignmentCardActions): HTMLElement {
  const strings = STRINGS[view.lang];
  const card = el('section', 'assignment-card', undefined, { 'aria-labelledby': 'assignment-card-title', lang: view.lang });
  const heading = el('h2', 'screen__heading', strings.assignmentCardHeading, { id: 'assignment-card-title', tabindex: '-1' });
  card.append(heading);
  if (view.title !== undefined) card.append(el('p', 'assignment-card__title', view.title));

  card.append(el('h3', 'assignment-card__subheading', view.year !== undefined ? strings.assignmentCardYear(view.year) : strings.assignmentCardPlays));
  const list = el(view.year !== undefined ? 'ol' : 'ul', 'assignment-card__situations');
  for (const situation of view.situations) {
    const item = el('li', 'assignment-card__situation');
    item.append(el('span', 'assignment-card__situation-title', situation.title), el('span', 'assignment-card__facts', situation.facts));
    list.append(item);
  }
  card.append(list);

  card.append(el('h3', 'assignment-card__subheading', strings.assignmentCardSettings));
  const settings = el('ul', 'assignment-card__settings');
  settings.append(...view.settings.map((line) => el('li', '', line)));
  card.append(settings, el('p', 'assignment-card__note', strings.assignmentCardNote));

  const buttons = el('div', 'screen__actions');
  const begin = el('button', 'button', strings.begin, { type: 'button' });
  begin.addEventListener('click', () => actions.begin());
  const notNow = el('button', 'button button--plain', strings.assignmentNotNow, { type: 'button' });
  notNow.addEventListener('click', () => actions.notNow());
  buttons.append(begin, notNow);
  card.append(buttons);
  focusOnArrival(heading);
  return card;
}

/** A link that is not a valid assignment: the reason, what to do, and the way to the ordinary start. */
export function createAssignmentProblem(reason: string, strings: Strings, actions: { toStart(): void }): HTMLElement {
  const section = el('section', 'assignment-card assignment-card--problem', undefined, { 'aria-labelledby': 'assignment-problem-title' });
  const heading = el('h2', 'screen__heading', strings.assignmentProblemHeading, { id: 'assignment-problem-title', tabindex: '-1' });
  const toStart = el('button', 'button', strings.assignmentToStart, { type: 'button' });
  toStart.addEventListener('click', () => actions.toStart());
  const buttons = el('div', 'screen__actions');
  buttons.append(toStart);
  section.append(heading, el('p', 'assignment-card__reason', reason), el('p', 'assignment-card__advice', strings.assignmentProblemAdvice), buttons);
  focusOnArrival(heading);
  return section;
}
