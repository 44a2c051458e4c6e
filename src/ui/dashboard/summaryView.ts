/**
 * One situation's results on the dashboard: how many, a note when they come from another version or an
 * unknown situation, the situation's path in small (overview.ts), per decision point the options as bars,
 * everyone on the Roos, the score distribution, the pupils most often overlooked, the endings reached and
 * the reflections per question. Draws the model it is given; every text goes in as text. When group runs
 * (projector mode) are among the results, a note says how they count, a decision point whose bars hold a
 * group's votes says so beside its title, and a group run is marked "groep" on the Roos's list.
 */
import type { DecisionPoint, LocalText, SituationSummary } from '../../core/dashboard/model.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { el } from '../dom.ts';
import { renderRoos } from '../roos.ts';
import type { Strings } from '../strings.ts';
import { renderBars } from './bars.ts';
import { renderOverview } from './overview.ts';

const NARRATION_EXCERPT = 160;

function part(className: string, heading: string, id: string): HTMLElement {
  const section = el('section', `dashboard-part ${className}`, undefined, { 'aria-labelledby': id });
  section.append(el('h4', 'dashboard-part__title', heading, { id }));
  return section;
}

function excerpt(text: string): string {
  return text.length > NARRATION_EXCERPT ? `${text.slice(0, NARRATION_EXCERPT).trimEnd()}…` : text;
}

function renderPoint(point: DecisionPoint, index: number, summary: SituationSummary, say: (text: LocalText) => string, strings: Strings): HTMLElement {
  const id = `dashboard-point-${index}`;
  const block = el('section', `dashboard-point dashboard-point--${point.kind}`, undefined, { 'aria-labelledby': id });
  const heading = el('h5', 'dashboard-point__title', `${index + 1}. ${point.id}`, { id });
  if (point.kind === 'incident') heading.append(' ', el('span', 'dashboard-tag', strings.dashboardIncident));
  if (point.groupVotes > 0) heading.append(' ', el('span', 'dashboard-tag dashboard-tag--group', strings.dashboardWithGroupVotes));
  block.append(heading);
  if (point.narration) block.append(el('p', 'dashboard-point__narration', excerpt(say(point.narration))));
  block.append(
    el(
      'p',
      'dashboard-point__reached',
      point.groupVotes > 0 ? strings.dashboardReachedGroup(point.voters, point.groupVotes) : strings.dashboardReached(point.reached, summary.results),
    ),
  );
  if (point.reached === 0) {
    block.append(el('p', 'dashboard-point__nobody', strings.dashboardNobodyHere));
    return block;
  }
  // Each vote of a group's tally counts as one student here.
  const rows = point.options.map((option, optionIndex) => ({
    label: `${optionIndex + 1}. ${say(option.text)}`,
    count: option.votes,
    countText: strings.dashboardOfTotal(option.votes, point.voters),
    ...(option.groupVotes > 0 ? { note: strings.dashboardGroupVotesOf(option.groupVotes) } : {}),
    ...(option.timeUp ? { modifier: 'time-up' } : option.votes === 0 ? { modifier: 'none' } : {}),
  }));
  block.append(renderBars(rows, point.voters, strings.dashboardOptionsAt(point.id)));
  return block;
}

export function renderSummary(summary: SituationSummary, lang: Language, strings: Strings): HTMLElement {
  const say = (text: LocalText) => text[lang] ?? text.nl;
  const root = el('article', `dashboard-summary dashboard-summary--${summary.version}`, undefined, { 'aria-labelledby': 'dashboard-summary-title' });
  const title = el('h3', 'dashboard-summary__title', say(summary.title), { id: 'dashboard-summary-title' });
  if (summary.version !== 'current') {
    title.append(' ', el('span', 'dashboard-tag', summary.version === 'other' ? strings.dashboardVersionOther : strings.dashboardVersionUnknown));
  }
  root.append(title, el('p', 'dashboard-summary__count', strings.dashboardResults(summary.results)));
  if (summary.version === 'other') root.append(el('p', 'dashboard-note', strings.dashboardOtherNote));
  if (summary.version === 'unknown') root.append(el('p', 'dashboard-note', strings.dashboardUnknownNote));
  if (summary.groupRuns > 0) root.append(el('p', 'dashboard-note dashboard-note--group', strings.dashboardGroupNote(summary.groupRuns)));

  const overview = part('dashboard-part--overview', strings.dashboardOverview, 'dashboard-overview-title');
  overview.append(renderOverview(summary, lang, strings));
  const decisions = part('dashboard-part--decisions', strings.dashboardDecisions, 'dashboard-decisions-title');
  summary.decisionPoints.forEach((point, index) => decisions.append(renderPoint(point, index, summary, say, strings)));
  root.append(overview, decisions);

  const roos = part('dashboard-part--roos', strings.dashboardRoos, 'dashboard-roos-title');
  roos.append(
    renderRoos(
      summary.roos.map((entry) => ({ label: entry.label, points: [], mean: entry.mean, style: 'main' as const, marker: String(entry.ordinal) })),
      lang,
      strings.dashboardRoos,
    ),
    el('p', 'dashboard-part__help', strings.dashboardRoosHelp),
  );
  const legend = el('ol', 'dashboard-roos-legend');
  for (const entry of summary.roos) {
    const text = entry.group ? strings.dashboardRoosGroupEntry(entry.label, Math.round(entry.score)) : strings.dashboardRoosEntry(entry.label, Math.round(entry.score));
    legend.append(el('li', '', text, { value: String(entry.ordinal) }));
  }
  roos.append(legend);
  root.append(roos);

  const scores = part('dashboard-part--scores', strings.dashboardScores, 'dashboard-scores-title');
  if (summary.scores) {
    const { bins, min, median, max } = summary.scores;
    scores.append(
      el('p', 'dashboard-part__help', strings.dashboardScoreStats(Math.round(min), Math.round(median), Math.round(max))),
      renderBars(
        bins.map((count, bin) => ({ label: `${bin * 10}–${bin === 9 ? 100 : bin * 10 + 9}`, count, countText: String(count) })),
        Math.max(...bins),
        strings.dashboardScores,
      ),
    );
  }
  root.append(scores);

  const overlooked = part('dashboard-part--overlooked', strings.dashboardOverlooked, 'dashboard-overlooked-title');
  overlooked.append(
    summary.overlooked.length === 0
      ? el('p', '', strings.nobody)
      : renderBars(
          summary.overlooked.map((pupil) => ({ label: pupil.name, count: pupil.count, countText: strings.dashboardOfLessons(pupil.count, summary.results) })),
          summary.results,
          strings.dashboardOverlooked,
        ),
  );
  root.append(overlooked);

  const endings = part('dashboard-part--endings', strings.dashboardEndings, 'dashboard-endings-title');
  const endingRows = summary.endings.map((ending) => ({
    label: say(ending.title),
    count: ending.count,
    countText: strings.dashboardOfTotal(ending.count, summary.results),
    ...(ending.count === 0 ? { modifier: 'none' } : {}),
  }));
  if (summary.unfinished > 0) {
    endingRows.push({ label: strings.dashboardNoEnding, count: summary.unfinished, countText: strings.dashboardOfTotal(summary.unfinished, summary.results) });
  }
  endings.append(renderBars(endingRows, summary.results, strings.dashboardEndings));
  root.append(endings);

  const reflections = part('dashboard-part--reflections', strings.dashboardReflections, 'dashboard-reflections-title');
  if (summary.reflections.length === 0) reflections.append(el('p', '', strings.dashboardNoReflections));
  summary.reflections.forEach((group, index) => {
    const block = el('section', 'dashboard-question', undefined, { 'aria-labelledby': `dashboard-question-${index}` });
    block.append(el('h5', 'dashboard-question__text', group.question, { id: `dashboard-question-${index}` }));
    const answers = el('ul', 'dashboard-answers');
    for (const answer of group.answers) {
      const item = el('li', 'dashboard-answer');
      item.append(el('p', 'dashboard-answer__who', answer.label), el('p', 'dashboard-answer__text', answer.answer));
      answers.append(item);
    }
    block.append(answers);
    reflections.append(block);
  });
  root.append(reflections);
  return root;
}
