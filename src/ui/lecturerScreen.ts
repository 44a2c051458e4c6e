/**
 * The lecturers' page: every situation with the myth it is built on (players meet the myth only in the
 * debrief; lecturers need it to choose), its level and length, and a button that opens its guide to read
 * or print, and one that plays it with the whole group on a projector (when main offers it); below them
 * "Opdracht maken" (assignmentMaker.ts), when main gives what it needs. At the top, the results dashboard
 * and the scenario lab. Text goes in as text only.
 */
import type { Scenario } from '../core/scenario/schema.ts';
import { MYTH_STATEMENTS, type Language } from '../core/scenario/vocabulary.ts';
import { createAssignmentMaker, type AssignmentMakerInput } from './assignmentMaker.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface LecturerActions {
  openGuide(scenarioId: string): void;
  /** Opens the dashboard of handed-in results. */
  openDashboard(): void;
  /** Opens the scenario lab (write, check, see and play a scenario). */
  openLab?(): void;
  /** Plays the situation with the whole group on a projector (projector mode). */
  playWithGroup?(scenarioId: string): void;
}

export function createLecturerScreen(
  scenarios: readonly Scenario[],
  lang: Language,
  strings: Strings,
  actions: LecturerActions,
  maker?: Omit<AssignmentMakerInput, 'scenarios' | 'lang'>,
): HTMLElement {
  const root = el('section', 'lecturers', undefined, { 'aria-labelledby': 'lecturers-title' });
  const heading = el('h2', 'lecturers__title', strings.forLecturers, { id: 'lecturers-title', tabindex: '-1' });
  const dashboard = el('button', 'button', strings.openDashboard, { type: 'button' });
  dashboard.addEventListener('click', () => actions.openDashboard());
  root.append(heading, el('p', 'lecturers__intro', strings.lecturersIntro), dashboard);
  if (actions.openLab) {
    const lab = el('button', 'button', strings.openLab, { type: 'button', 'aria-describedby': 'lecturers-lab-help' });
    lab.addEventListener('click', () => actions.openLab?.());
    root.append(' ', lab, el('p', 'lecturers__intro', strings.openLabHelp, { id: 'lecturers-lab-help' }));
  }
  queueMicrotask(() => {
    if (heading.isConnected) heading.focus();
  });
  const list = el('ul', 'catalogue__list');
  for (const scenario of scenarios) {
    const item = el('li', 'catalogue__item');
    const card = el('article', 'scenario-card', undefined, { 'aria-labelledby': `lecturer-${scenario.id}` });
    card.dataset.scenarioId = scenario.id;
    const title = el('h3', 'scenario-card__title', scenario.title[lang] ?? scenario.title.nl, { id: `lecturer-${scenario.id}` });
    const facts = el('p', 'scenario-card__facts');
    facts.append(
      el('span', 'scenario-card__level', scenario.level === 'lager' ? strings.levelLager : strings.levelSecundair),
      el('span', 'scenario-card__minutes', strings.minutes(scenario.lessonMinutes)),
    );
    const myth = el('p', 'lecturers__myth');
    myth.append(el('span', 'lecturers__myth-label', `${strings.theMyth}: `), el('q', '', MYTH_STATEMENTS[scenario.myth][lang]));
    const open = el('button', 'button scenario-card__play', strings.openGuide, { type: 'button', 'aria-describedby': title.id });
    open.addEventListener('click', () => actions.openGuide(scenario.id));
    card.append(title, facts, myth, open);
    if (actions.playWithGroup) {
      const group = el('button', 'button button--plain lecturers__group', strings.playWithGroup, { type: 'button', 'aria-describedby': title.id });
      group.addEventListener('click', () => actions.playWithGroup?.(scenario.id));
      card.append(' ', group);
    }
    item.append(card);
    list.append(item);
  }
  root.append(list);
  if (maker) root.append(createAssignmentMaker({ ...maker, scenarios, lang }, strings));
  return root;
}
