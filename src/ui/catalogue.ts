/**
 * The scenario catalogue: one card per shipped scenario with its Dutch title, summary, level and lesson length.
 * It never shows the myth a scenario addresses: players meet the myth only in the debrief (DESIGN §6).
 * Text reaches the DOM through textContent only, never as HTML.
 */
import type { Scenario } from '../core/scenario/schema.ts';

const LEVEL_LABELS: Record<Scenario['level'], string> = {
  lager: 'Lager onderwijs',
  secundair: 'Secundair onderwijs',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function scenarioCard(scenario: Scenario): HTMLLIElement {
  const item = element('li', 'catalogue__item');
  const article = element('article', 'scenario-card');
  article.dataset.scenarioId = scenario.id;
  const title = element('h3', 'scenario-card__title', scenario.title.nl);
  title.id = `scenario-${scenario.id}`;
  article.setAttribute('aria-labelledby', title.id);

  const facts = element('p', 'scenario-card__facts');
  facts.append(
    element('span', 'scenario-card__level', LEVEL_LABELS[scenario.level]),
    element('span', 'scenario-card__minutes', `${scenario.lessonMinutes} minuten`),
  );

  article.append(title, facts, element('p', 'scenario-card__summary', scenario.summary.nl));
  item.append(article);
  return item;
}

/** A section listing the given scenarios, ready to append to the page. */
export function renderCatalogue(scenarios: readonly Scenario[]): HTMLElement {
  const section = element('section', 'catalogue');
  const heading = element('h2', 'catalogue__heading', 'Kies een situatie');
  heading.id = 'catalogue-heading';
  section.setAttribute('aria-labelledby', heading.id);
  section.append(heading);

  if (scenarios.length === 0) {
    section.append(element('p', 'catalogue__empty', 'Er zijn nog geen situaties om te spelen.'));
    return section;
  }
  const list = element('ul', 'catalogue__list');
  list.append(...scenarios.map(scenarioCard));
  section.append(list);
  return section;
}
