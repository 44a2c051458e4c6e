/**
 * The player's earlier lessons: a table of finished runs (when, which situation, the score, the class
 * profile) in the order given, each with a button to open its debrief again, or one sentence when there
 * are none. On a narrow window the rows stack into cards; the table keeps its roles so it still reads as
 * a table. It shows and reports; reading the stored runs is the caller's job.
 */
import type { Language } from '../core/scenario/vocabulary.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

/**
 * What the table shows of a finished run. Written out here rather than imported, because the UI does not
 * depend on persistence; persistence's FinishedRun has these fields and more, so a list of them fits.
 */
export interface RunSummary {
  id: string;
  /** An ISO date-time. */
  finishedAt: string;
  title: string;
  score: number;
  classProfile: string;
  /** Set when the run is a "what if" branched from another. */
  branchOf?: string;
  /** Set when a whole group played the run on the projector. */
  group?: object;
}

export interface RunsActions {
  open(id: string): void;
  back(): void;
}

/** A data cell, with its column's name shown beside the value when the rows stack (hidden from assistive tech, which has the header). */
function cell(label: string, value: HTMLElement | string, className: string): HTMLTableCellElement {
  const td = el('td', `runs__cell ${className}`, undefined, { role: 'cell' });
  td.append(el('span', 'runs__label', label, { 'aria-hidden': 'true' }), typeof value === 'string' ? el('span', '', value) : value);
  return td;
}

export function createRunsScreen(strings: Strings, lang: Language, runs: readonly RunSummary[], actions: RunsActions): HTMLElement {
  const section = el('section', 'runs', undefined, { 'aria-labelledby': 'runs-title' });
  const heading = el('h2', 'screen__heading', strings.myLessons, { id: 'runs-title', tabindex: '-1' });
  section.append(heading);

  if (runs.length === 0) {
    section.append(el('p', 'runs__empty', strings.runsEmpty));
  } else {
    section.append(el('p', 'runs__intro', strings.runsIntro));
    const format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    const table = el('table', 'runs__table', undefined, { role: 'table', 'aria-labelledby': 'runs-caption' });
    table.append(el('caption', 'visually-hidden', strings.runsCaption, { id: 'runs-caption' }));
    const head = el('thead', '', undefined, { role: 'rowgroup' });
    const headRow = el('tr', '', undefined, { role: 'row' });
    for (const title of [strings.runsDate, strings.runsSituation, strings.runsScore, strings.runsClassProfile]) {
      headRow.append(el('th', '', title, { scope: 'col', role: 'columnheader' }));
    }
    const openHeader = el('th', '', undefined, { scope: 'col', role: 'columnheader' });
    openHeader.append(el('span', 'visually-hidden', strings.runsOpen));
    headRow.append(openHeader);
    head.append(headRow);

    const body = el('tbody', '', undefined, { role: 'rowgroup' });
    for (const run of runs) {
      const finished = new Date(run.finishedAt);
      const valid = !Number.isNaN(finished.getTime());
      const date = valid ? format.format(finished) : '—';
      const row = el('tr', 'runs__row', undefined, { role: 'row' });

      const when = el('time', '', date, valid ? { datetime: finished.toISOString() } : {});
      const situation = el('th', 'runs__cell runs__situation', undefined, { scope: 'row', role: 'rowheader' });
      situation.append(el('span', '', run.title));
      if (run.branchOf !== undefined) situation.append(' ', el('span', 'runs__tag', strings.runsWhatIfTag));
      if (run.group !== undefined) situation.append(' ', el('span', 'runs__tag', strings.runsGroupTag));

      const open = el('button', 'button button--plain runs__open', strings.runsOpen, { type: 'button', 'aria-label': valid ? strings.runsOpenLabel(run.title, date) : strings.runsOpenLabel(run.title) });
      open.addEventListener('click', () => actions.open(run.id));
      const openCell = el('td', 'runs__cell runs__action', undefined, { role: 'cell' });
      openCell.append(open);

      row.append(
        cell(strings.runsDate, when, 'runs__date'),
        situation,
        cell(strings.runsScore, strings.runsScoreValue(Math.round(run.score)), 'runs__score'),
        cell(strings.runsClassProfile, run.classProfile, 'runs__profile'),
        openCell,
      );
      body.append(row);
    }
    table.append(head, body);
    section.append(table);
  }

  const buttons = el('div', 'screen__actions');
  const back = el('button', 'button button--plain', strings.back, { type: 'button' });
  back.addEventListener('click', () => actions.back());
  buttons.append(back);
  section.append(buttons);

  // Arriving from another screen leaves focus nowhere: start reading at this screen's heading.
  queueMicrotask(() => {
    if (heading.isConnected && (document.activeElement === null || document.activeElement === document.body)) heading.focus();
  });
  return section;
}
