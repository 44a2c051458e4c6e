/**
 * The scenario catalogue: the school years first (one card each, with the chapters played), then one card per shipped scenario with its title, summary, level and lesson length,
 * and a button to play it (or to continue a run in progress). It never shows the myth a scenario
 * addresses: players meet the myth only in the debrief (DESIGN §6). An assignment may narrow it to a few
 * situations, or to one school year with no single situations beside it. Its heading takes focus on arrival, as
 * on the other screens. Text goes in as text only.
 */
import type { Scenario } from '../core/scenario/schema.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface CatalogueActions {
  start(scenarioId: string): void;
  /** Ids of scenarios with a run in progress: their button says "continue". */
  inProgress: ReadonlySet<string>;
  /** School years to offer above the single situations, with how far the player got. */
  years?: readonly YearCard[];
  openYear?(yearId: string): void;
}

export interface YearCard {
  id: string;
  title: string;
  summary: string;
  chapters: number;
  done: number;
}

function yearCard(year: YearCard, strings: Strings, openYear: (id: string) => void): HTMLLIElement {
  const item = el('li', 'catalogue__item');
  const article = el('article', 'scenario-card scenario-card--year');
  article.dataset.yearId = year.id;
  const title = el('h3', 'scenario-card__title', year.title, { id: `year-${year.id}` });
  article.setAttribute('aria-labelledby', title.id);
  const facts = el('p', 'scenario-card__facts');
  facts.append(el('span', 'scenario-card__level', strings.levelSecundair), el('span', 'scenario-card__minutes', strings.chaptersDone(year.done, year.chapters)));
  const button = el('button', 'button scenario-card__play', year.done > 0 ? strings.resume : strings.openYear, { type: 'button', 'aria-describedby': title.id });
  button.addEventListener('click', () => openYear(year.id));
  article.append(title, facts, el('p', 'scenario-card__summary', year.summary), button);
  item.append(article);
  return item;
}

function scenarioCard(scenario: Scenario, lang: Language, strings: Strings, actions: CatalogueActions): HTMLLIElement {
  const item = el('li', 'catalogue__item');
  const article = el('article', 'scenario-card');
  article.dataset.scenarioId = scenario.id;
  const title = el('h3', 'scenario-card__title', scenario.title[lang] ?? scenario.title.nl, { id: `scenario-${scenario.id}` });
  article.setAttribute('aria-labelledby', title.id);

  const facts = el('p', 'scenario-card__facts');
  facts.append(
    el('span', 'scenario-card__level', scenario.level === 'lager' ? strings.levelLager : strings.levelSecundair),
    el('span', 'scenario-card__minutes', strings.minutes(scenario.lessonMinutes)),
  );
  const resume = actions.inProgress.has(scenario.id);
  const button = el('button', 'button scenario-card__play', resume ? strings.resume : strings.play, {
    type: 'button',
    'aria-describedby': title.id,
  });
  button.addEventListener('click', () => actions.start(scenario.id));

  article.append(title, facts, el('p', 'scenario-card__summary', scenario.summary[lang] ?? scenario.summary.nl), button);
  item.append(article);
  return item;
}

/** A section listing the given scenarios, ready to append to the page. */
export function renderCatalogue(scenarios: readonly Scenario[], lang: Language, strings: Strings, actions: CatalogueActions): HTMLElement {
  const section = el('section', 'catalogue', undefined, { 'aria-labelledby': 'catalogue-heading' });
  const heading = el('h2', 'catalogue__heading', strings.chooseSituation, { id: 'catalogue-heading', tabindex: '-1' });
  section.append(heading);
  // Arriving from another screen leaves focus nowhere (and the page scrolled where the last screen was):
  // start reading, and showing, at this screen's heading.
  queueMicrotask(() => {
    if (heading.isConnected && (document.activeElement === null || document.activeElement === document.body)) heading.focus();
  });
  const { years = [], openYear } = actions;
  const withYears = years.length > 0 && openYear !== undefined;
  if (scenarios.length === 0 && !withYears) {
    section.append(el('p', 'catalogue__empty', strings.noSituations));
    return section;
  }
  if (withYears) {
    const yearList = el('ul', 'catalogue__list catalogue__year', undefined, { 'aria-labelledby': 'catalogue-years' });
    yearList.append(...years.map((year) => yearCard(year, strings, openYear)));
    section.append(el('h3', 'catalogue__subheading', strings.schoolYear, { id: 'catalogue-years' }), el('p', 'catalogue__intro', strings.schoolYearIntro), yearList);
    // An assignment of one school year offers the year alone.
    if (scenarios.length === 0) return section;
    section.append(el('h3', 'catalogue__subheading', strings.singleSituations));
  }
  const list = el('ul', 'catalogue__list');
  list.append(...scenarios.map((scenario) => scenarioCard(scenario, lang, strings, actions)));
  section.append(list);
  return section;
}
