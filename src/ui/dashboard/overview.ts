/**
 * The situation's graph in small: its decision points top to bottom in the order of the situation, each
 * with a stacked bar of how the group chose there (the segments numbered as the options below) and
 * where the group went next, so a lecturer sees the whole path through the lesson at a glance. A list
 * with arrows between its items, not a graph library.
 */
import type { LocalText, SituationSummary } from '../../core/dashboard/model.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { el } from '../dom.ts';
import type { Strings } from '../strings.ts';

export function renderOverview(summary: SituationSummary, lang: Language, strings: Strings): HTMLElement {
  const say = (text: LocalText) => text[lang] ?? text.nl;
  const endingTitles = new Map(summary.endings.map((ending) => [ending.id, say(ending.title)]));
  const list = el('ol', 'dashboard-flow', undefined, { 'aria-label': strings.dashboardOverview });
  for (const point of summary.decisionPoints) {
    const item = el('li', `dashboard-flow__point dashboard-flow__point--${point.kind}`);
    const name = el('p', 'dashboard-flow__name');
    name.append(el('span', 'dashboard-flow__id', point.id));
    if (point.kind === 'incident') name.append(' ', el('span', 'dashboard-tag', strings.dashboardIncident));
    const reached = point.groupVotes > 0 ? strings.dashboardReachedGroup(point.voters, point.groupVotes) : strings.dashboardReached(point.reached, summary.results);
    name.append(' ', el('span', 'dashboard-flow__reached', reached));
    item.append(name);

    if (point.reached > 0) {
      const stack = el('span', 'dashboard-flow__stack', undefined, { 'aria-hidden': 'true' });
      // The stack shows how the room chose (a group's votes each as one student)…
      point.options.forEach((option, index) => {
        if (option.votes === 0) return;
        const segment = el('span', `dashboard-flow__segment dashboard-flow__segment--${option.timeUp ? 'time-up' : index % 6}`, String(index + 1));
        segment.style.flexGrow = String(option.votes);
        stack.append(segment);
      });
      item.append(stack);
    }

    // …"then" where the lessons went: a group run went one way, as one lesson.
    const onwards = new Map<string, number>();
    for (const option of point.options) {
      if (option.next === undefined || option.count === 0) continue;
      onwards.set(option.next, (onwards.get(option.next) ?? 0) + option.count);
    }
    if (onwards.size > 0) {
      const places = [...onwards].map(([next, count]) => {
        const ending = endingTitles.get(next);
        return strings.dashboardWentToPlace(ending === undefined ? next : strings.dashboardToEnding(ending), count);
      });
      item.append(el('p', 'dashboard-flow__next', strings.dashboardWentTo(places.join(', '))));
    }
    list.append(item);
  }
  return list;
}
