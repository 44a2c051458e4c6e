/**
 * The lecturers' results dashboard: files in (a file input and a drop zone; .json results and .zip files
 * of them, read here in the browser and never sent anywhere), a line per file saying what became of it,
 * and the group's results per situation (summaryView.ts), with a picker when the results cover several.
 * A projector toggle enlarges everything for a room; the aggregate can be downloaded as CSV. The screen
 * keeps the results it was given until it is left or the list is cleared.
 */
import { aggregate } from '../../core/dashboard/aggregate.ts';
import { aggregateCsv } from '../../core/dashboard/csv.ts';
import type { DashboardModel, LocalText } from '../../core/dashboard/model.ts';
import type { ResultFile } from '../../core/results/resultFile.ts';
import type { CompiledScenario } from '../../core/scenario/compile.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { el } from '../dom.ts';
import { downloadFile } from '../download.ts';
import type { Strings } from '../strings.ts';
import { createDropZone } from './dropZone.ts';
import { createIntake, INTAKE_LIMITS, type DroppedFile } from './fileIntake.ts';
import { renderOutcome, tally } from './fileList.ts';
import { renderSummary } from './summaryView.ts';

export interface DashboardActions {
  back(): void;
}

function csvFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `klasdeur-dashboard-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.csv`;
}

export function createDashboardScreen(
  scenarios: readonly CompiledScenario[],
  lang: Language,
  strings: Strings,
  actions: DashboardActions,
): HTMLElement {
  const say = (text: LocalText) => text[lang] ?? text.nl;
  const intake = createIntake(scenarios.map((compiled) => ({ id: compiled.scenario.id, hash: compiled.hash })));
  let results: ResultFile[] = [];
  let model: DashboardModel = aggregate([], scenarios);
  let selected: string | undefined;
  /** Drops are taken one after the other, so a second drop while a zip is read waits its turn. */
  let queue: Promise<void> = Promise.resolve();

  const root = el('section', 'dashboard', undefined, { 'aria-labelledby': 'dashboard-title' });
  const heading = el('h2', 'dashboard__title', strings.dashboardTitle, { id: 'dashboard-title', tabindex: '-1' });
  queueMicrotask(() => {
    if (heading.isConnected) heading.focus();
  });

  const toolbar = el('div', 'dashboard__toolbar');
  const projector = el('button', 'button button--plain', strings.dashboardProjector, { type: 'button', 'aria-pressed': 'false' });
  projector.addEventListener('click', () => {
    const on = root.classList.toggle('dashboard--projector');
    projector.setAttribute('aria-pressed', String(on));
  });
  const exportCsv = el('button', 'button', strings.dashboardExport, { type: 'button' });
  exportCsv.addEventListener('click', () => {
    if (model.results > 0) downloadFile(csvFileName(new Date()), aggregateCsv(model, lang), 'text/csv;charset=utf-8');
  });
  const clear = el('button', 'button button--plain', strings.dashboardClear, { type: 'button' });
  clear.addEventListener('click', () => {
    results = [];
    intake.reset();
    fileList.replaceChildren();
    filesPart.hidden = true;
    status.textContent = strings.dashboardCleared;
    update();
  });
  const back = el('button', 'button button--plain', strings.back, { type: 'button' });
  back.addEventListener('click', () => actions.back());
  toolbar.append(projector, exportCsv, clear, back);

  const status = el('p', 'dashboard__status', undefined, { role: 'status', 'aria-live': 'polite' });
  const filesPart = el('section', 'dashboard__files', undefined, { 'aria-labelledby': 'dashboard-files-title' });
  const fileList = el('ul', 'dashboard__file-list');
  filesPart.append(el('h3', 'dashboard__files-title', strings.dashboardFilesHeading, { id: 'dashboard-files-title' }), fileList);
  filesPart.hidden = true;
  const view = el('div', 'dashboard__view');

  async function take(files: DroppedFile[]) {
    status.textContent = strings.dashboardReading;
    const outcomes = await intake.take(files);
    for (const outcome of outcomes) {
      if (outcome.status === 'accepted') results.push(outcome.result);
      fileList.append(renderOutcome(outcome, lang, strings, INTAKE_LIMITS));
    }
    filesPart.hidden = fileList.childElementCount === 0;
    const { accepted, duplicates, refused } = tally(outcomes);
    status.textContent = strings.dashboardTally(accepted, duplicates, refused);
    update();
  }

  function update() {
    model = aggregate(results, scenarios);
    exportCsv.disabled = model.results === 0;
    const { situations } = model;
    if (situations.length === 0) {
      view.replaceChildren(el('p', 'dashboard__empty', strings.dashboardNoResults));
      return;
    }
    // At first the situation with the most results; then the lecturer's pick, as long as it is there.
    if (!situations.some((summary) => summary.key === selected)) {
      selected = situations.reduce((most, summary) => (summary.results > most.results ? summary : most)).key;
    }
    const parts: HTMLElement[] = [];
    if (situations.length > 1) {
      const picker = el('p', 'dashboard__picker');
      const select = el('select', 'dashboard__select', undefined, { id: 'dashboard-situation' });
      for (const summary of situations) {
        const version =
          summary.version === 'other' ? ` (${strings.dashboardVersionOther})` : summary.version === 'unknown' ? ` (${strings.dashboardVersionUnknown})` : '';
        const option = el('option', '', `${say(summary.title)}${version}: ${strings.dashboardResults(summary.results)}`, { value: summary.key });
        option.selected = summary.key === selected;
        select.append(option);
      }
      select.addEventListener('change', () => {
        selected = select.value;
        const summary = situations.find((candidate) => candidate.key === selected);
        if (summary) view.lastElementChild?.replaceWith(renderSummary(summary, lang, strings));
      });
      picker.append(el('label', 'dashboard__picker-label', strings.dashboardSituation, { for: select.id }), ' ', select);
      parts.push(picker);
    }
    parts.push(renderSummary(situations.find((summary) => summary.key === selected)!, lang, strings));
    view.replaceChildren(...parts);
  }

  root.append(
    heading,
    el('p', 'dashboard__intro', strings.dashboardIntro),
    toolbar,
    createDropZone(strings, (files) => {
      queue = queue.then(() => take(files)).catch(() => undefined);
    }),
    status,
    filesPart,
    view,
  );
  // A file dropped beside the zone would make the browser open it and leave the dashboard (and its results).
  root.addEventListener('dragover', (event) => event.preventDefault());
  root.addEventListener('drop', (event) => event.preventDefault());
  update();
  return root;
}
