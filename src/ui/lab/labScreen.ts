/**
 * The scenario lab: where a lecturer writes, checks, sees and plays a scenario in the browser. A scenario
 * comes in as a file (opened or dropped), as pasted text (an empty scenario), or as a copy of a shipped
 * situation (its YAML as written, comments kept); it is kept in this browser (persistence/labScenarios.ts)
 * as it is typed. The editor (editor.ts) is checked as you type by a worker (checker.ts): every error and
 * warning is listed with its line and column, and pressing one highlights that line. A scenario that
 * compiles is drawn as a graph (graphView.ts), over which a group's results files can be laid; "Play this"
 * hands the compiled scenario to the caller, and the text can be exported as a .yaml file.
 */
import type { LabCheck } from '../../core/lab/check.ts';
import { graphOf } from '../../core/lab/graph.ts';
import { layoutGraph, type LaidOutGraph } from '../../core/lab/layout.ts';
import { labNameOf } from '../../core/lab/name.ts';
import type { GroupOverlay } from '../../core/lab/overlay.ts';
import { markedLines, problemList, tallyOf, type ProblemItem } from '../../core/lab/problemList.ts';
import type { ResultFile } from '../../core/results/resultFile.ts';
import type { CompiledScenario } from '../../core/scenario/compile.ts';
import type { Problem } from '../../core/scenario/problems.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { MAX_LAB_TEXT, newLabId, type LabScenarioStore } from '../../persistence/labScenarios.ts';
import { el } from '../dom.ts';
import { downloadFile } from '../download.ts';
import type { Intake } from '../dashboard/fileIntake.ts';
import type { Strings } from '../strings.ts';
import { createChecker } from './checker.ts';
import { createEditor, type LabEditor } from './editor.ts';
import { edgeLabel, renderGraph, renderGraphList } from './graphView.ts';
import { renderProblems } from './problemView.ts';

export interface LabInput {
  lang: Language;
  strings: Strings;
  /** The shipped situations: the ones that can be duplicated, and (their casts) the classes a lab scenario can use. */
  shipped: readonly CompiledScenario[];
  store: LabScenarioStore;
  /** The lab scenario to open at once (coming back from a playtest). */
  open?: string;
  /** A message to show at once (a playtest that could not be resumed). */
  notice?: string;
}

export interface LabActions {
  play(compiled: CompiledScenario, labId: string): void;
  back(): void;
}

export interface LabScreen {
  element: HTMLElement;
  /** Stops the checker and keeps what was typed. */
  destroy(): void;
}

const CHECK_DELAY_MS = 250;
const SAVE_DELAY_MS = 400;

interface OpenScenario {
  id: string;
  editor: LabEditor;
  /** Grows with every change of the text. */
  version: number;
  check?: { version: number; result: LabCheck };
  paths?: { version: number; problems: Problem[] };
  /** The last version that compiled: drawn, and played. */
  good?: { compiled: CompiledScenario; graph: LaidOutGraph };
}

/** The scenario's id as written in the text, for the exported file's name. */
const fileNameOf = (text: string) => `${/^id:\s*["']?([a-z0-9][a-z0-9-]*)/m.exec(text)?.[1] ?? 'scenario'}.yaml`;

export function createLabScreen(input: LabInput, actions: LabActions): LabScreen {
  const { lang, strings, store } = input;
  const casts = [...new Map(input.shipped.map((compiled) => [compiled.cast.id, compiled.cast])).values()];
  let current: OpenScenario | undefined;
  let results: ResultFile[] = [];
  let intake: Intake | undefined;
  /** Typed but not yet kept: kept after a pause, or when the lab is left. */
  let unsaved = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Versions grow across every scenario opened here, so a late answer about another text is never taken. */
  let versions = 0;

  const root = el('section', 'lab', undefined, { 'aria-labelledby': 'lab-title' });
  const heading = el('h2', 'lab__title', strings.labTitle, { id: 'lab-title', tabindex: '-1' });
  queueMicrotask(() => {
    if (heading.isConnected && !current) heading.focus();
  });
  const notice = el('p', 'lab__notice', undefined, { role: 'status', 'aria-live': 'polite' });

  // Begin: open, drop, paste (an empty scenario), or duplicate a shipped situation.
  const begin = el('section', 'lab__begin', undefined, { 'aria-labelledby': 'lab-begin-title' });
  const fileInput = el('input', 'lab__file-input', undefined, { type: 'file', id: 'lab-file', accept: '.yaml,.yml,text/yaml,application/yaml,text/plain' });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void openFile(file);
  });
  const openPart = el('p', 'lab__begin-part');
  openPart.append(el('label', 'lab__label', strings.labOpenFile, { for: fileInput.id }), fileInput);
  const shippedSelect = el('select', 'lab__select', undefined, { id: 'lab-shipped' });
  for (const compiled of input.shipped) {
    shippedSelect.append(el('option', '', compiled.scenario.title[lang] ?? compiled.scenario.title.nl, { value: compiled.scenario.id }));
  }
  const duplicate = el('button', 'button', strings.labDuplicate, { type: 'button' });
  duplicate.addEventListener('click', () => void duplicateShipped(shippedSelect.value));
  const duplicatePart = el('p', 'lab__begin-part');
  duplicatePart.append(el('label', 'lab__label', strings.labStartFrom, { for: shippedSelect.id }), shippedSelect, duplicate);
  const empty = el('button', 'button button--plain', strings.labEmpty, { type: 'button' });
  empty.addEventListener('click', () => openText('', strings.labPasteHint));
  const emptyPart = el('p', 'lab__begin-part');
  emptyPart.append(empty);
  begin.append(el('h3', 'lab__subtitle', strings.labBegin, { id: 'lab-begin-title' }), openPart, duplicatePart, emptyPart, el('p', 'lab__hint', strings.labDropHint));

  // What this browser keeps.
  const savedPart = el('section', 'lab__saved', undefined, { 'aria-labelledby': 'lab-saved-title' });
  const savedList = el('ul', 'lab__saved-list');
  savedPart.append(el('h3', 'lab__subtitle', strings.labSaved, { id: 'lab-saved-title' }), el('p', 'lab__hint', strings.labSavedHint), savedList);

  // The open scenario: editor, problems, play, export.
  const work = el('section', 'lab__work', undefined, { 'aria-labelledby': 'lab-work-title' });
  const workTitle = el('h3', 'lab__subtitle', '', { id: 'lab-work-title' });
  const play = el('button', 'button lab__play', strings.labPlay, { type: 'button' });
  const exportButton = el('button', 'button button--plain', strings.labExport, { type: 'button' });
  const status = el('p', 'lab__status', undefined, { role: 'status', 'aria-live': 'polite', id: 'lab-status' });
  // Go to a line by number (as the command line's checker names them).
  const goTo = el('form', 'lab__goto');
  const goToLine = el('input', 'lab__goto-input', undefined, { type: 'number', id: 'lab-goto', min: '1', inputmode: 'numeric' });
  goTo.append(el('label', 'lab__label', strings.labGoToLine, { for: goToLine.id }), goToLine, el('button', 'button button--plain', strings.labGo, { type: 'submit' }));
  goTo.addEventListener('submit', (event) => {
    event.preventDefault();
    const line = Number.parseInt(goToLine.value, 10);
    if (current && Number.isFinite(line)) current.editor.goTo(line);
  });
  const tools = el('div', 'lab__tools');
  tools.append(play, exportButton, goTo);
  const editorPart = el('div', 'lab__editor');
  const editorHint = el('p', 'lab__hint', strings.labEditorHint, { id: 'lab-editor-hint' });
  const problemsPart = el('section', 'lab__problems', undefined, { 'aria-labelledby': 'lab-problems-title' });
  const problemsBody = el('div', 'lab__problems-body');
  problemsPart.append(el('h4', 'lab__problems-title', strings.labProblems, { id: 'lab-problems-title' }), problemsBody);
  const columns = el('div', 'lab__columns');
  columns.append(editorPart, problemsPart);
  work.append(workTitle, tools, status, editorHint, columns);
  work.hidden = true;

  // The graph, and the group's choices over it.
  const graphPart = el('section', 'lab__graph', undefined, { 'aria-labelledby': 'lab-graph-title' });
  const graphNote = el('p', 'lab__hint');
  const graphFrame = el('div', 'lab__graph-frame');
  const fit = el('button', 'button button--plain', strings.labGraphFit, { type: 'button', 'aria-pressed': 'false' });
  fit.addEventListener('click', () => {
    const on = graphFrame.classList.toggle('lab__graph-frame--fit');
    fit.setAttribute('aria-pressed', String(on));
  });
  const asList = el('details', 'lab__graph-list');
  const asListBody = el('div');
  asList.append(el('summary', '', strings.labGraphAsList), asListBody);
  const resultsInput = el('input', 'lab__file-input', undefined, { type: 'file', id: 'lab-results', multiple: '', accept: '.json,.zip,application/json,application/zip' });
  resultsInput.addEventListener('change', () => {
    const files = [...(resultsInput.files ?? [])];
    resultsInput.value = '';
    if (files.length > 0) void layResults(files);
  });
  const resultsStatus = el('p', 'lab__hint', undefined, { role: 'status', 'aria-live': 'polite' });
  const clearResults = el('button', 'button button--plain', strings.labResultsClear, { type: 'button' });
  clearResults.hidden = true;
  clearResults.addEventListener('click', () => {
    results = [];
    intake?.reset();
    resultsStatus.textContent = '';
    clearResults.hidden = true;
    void drawGraph();
  });
  const overlayPart = el('p', 'lab__overlay');
  overlayPart.append(el('label', 'lab__label', strings.labResults, { for: resultsInput.id }), resultsInput, clearResults);
  graphPart.append(
    el('h3', 'lab__subtitle', strings.labGraph, { id: 'lab-graph-title' }),
    el('p', 'lab__hint', strings.labGraphHelp),
    overlayPart,
    resultsStatus,
    fit,
    graphNote,
    graphFrame,
    asList,
  );
  graphPart.hidden = true;

  const back = el('button', 'button button--plain', strings.back, { type: 'button' });
  back.addEventListener('click', () => actions.back());
  root.append(heading, el('p', 'lab__intro', strings.labIntro), notice, begin, savedPart, work, graphPart, back);

  // A file dropped anywhere on the lab opens as a new lab scenario, results files (.json, .zip) go over the
  // graph; and a drop never makes the browser leave the page.
  root.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    root.classList.add('lab--drop');
  });
  root.addEventListener('dragleave', (event) => {
    if (event.target === root) root.classList.remove('lab--drop');
  });
  root.addEventListener('drop', (event) => {
    event.preventDefault();
    root.classList.remove('lab--drop');
    takeDropped([...(event.dataTransfer?.files ?? [])]);
  });

  function takeDropped(files: File[]) {
    const resultFiles = files.filter((file) => /\.(json|zip)$/i.test(file.name));
    if (resultFiles.length > 0) void layResults(resultFiles);
    else if (files[0]) void openFile(files[0]);
  }

  const checker = createChecker(lang, casts, {
    file(version, result) {
      if (!current || version !== current.version) return;
      current.check = { version, result };
      if (result.compiled) current.good = { compiled: result.compiled, graph: layoutOf(result.compiled) };
      showProblems();
      void drawGraph();
    },
    paths(version, problems) {
      if (!current || version !== current.version) return;
      current.paths = { version, problems };
      showProblems();
    },
    failed(version, detail) {
      if (!current || version !== current.version) return;
      status.textContent = strings.labCheckFailed(detail);
    },
  });

  function layoutOf(compiled: CompiledScenario): LaidOutGraph {
    return layoutGraph(graphOf(compiled.scenario), (edge) => edgeLabel(edge, lang, strings));
  }

  function renderSaved() {
    const saved = store.list();
    savedPart.hidden = saved.length === 0;
    savedList.replaceChildren(
      ...saved.map((entry) => {
        const item = el('li', 'lab__saved-item');
        const name = labNameOf(entry.text) || strings.labUntitled;
        const nameId = `lab-saved-${entry.id}`;
        const when = new Date(entry.updated).toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
        item.append(el('span', 'lab__saved-name', name, { id: nameId }), el('span', 'lab__saved-when', strings.labChangedAt(when)));
        if (entry.id === current?.id) item.append(el('span', 'lab__saved-open', strings.labIsOpen));
        else {
          const open = el('button', 'button button--plain', strings.labOpen, { type: 'button', 'aria-describedby': nameId });
          open.addEventListener('click', () => openSaved(entry.id));
          item.append(open);
        }
        const remove = el('button', 'button button--plain', strings.labRemove, { type: 'button', 'aria-describedby': nameId });
        // Two presses: the first asks, the second removes.
        remove.addEventListener('click', () => {
          if (remove.dataset.confirm !== 'true') {
            remove.dataset.confirm = 'true';
            remove.textContent = strings.labRemoveConfirm;
            return;
          }
          if (entry.id === current?.id) {
            unsaved = false;
            close();
          }
          store.remove(entry.id);
          renderSaved();
        });
        item.append(remove);
        return item;
      }),
    );
  }

  function close() {
    save();
    current?.editor.destroy();
    current = undefined;
    editorPart.replaceChildren();
    work.hidden = true;
    graphPart.hidden = true;
  }

  /** Opens a text in the editor as the lab scenario `id` (a new one when not given). */
  function openText(text: string, message: string, id = newLabId()) {
    close();
    clearTimeout(checkTimer);
    if (!store.get(id) && !store.put({ id, text, updated: new Date().toISOString() })) notice.textContent = strings.labSaveFailed;
    else notice.textContent = message;
    const editor = createEditor({
      text,
      label: strings.labEditorLabel,
      onChange(changed) {
        if (!current) return;
        current.version = ++versions;
        play.disabled = true;
        status.textContent = strings.labChecking;
        workTitle.textContent = labNameOf(changed) || strings.labUntitled;
        unsaved = true;
        clearTimeout(saveTimer);
        saveTimer = setTimeout(save, SAVE_DELAY_MS);
        clearTimeout(checkTimer);
        checkTimer = setTimeout(check, CHECK_DELAY_MS);
      },
      onDropFiles: (files) => takeDropped([...files]),
    });
    current = { id, editor, version: ++versions };
    editorPart.replaceChildren(editor.element);
    workTitle.textContent = labNameOf(text) || strings.labUntitled;
    work.hidden = false;
    graphPart.hidden = false;
    problemsBody.replaceChildren();
    graphFrame.replaceChildren();
    asListBody.replaceChildren();
    fit.hidden = true;
    graphNote.textContent = strings.labGraphWaiting;
    play.disabled = true;
    status.textContent = strings.labChecking;
    renderSaved();
    check();
    queueMicrotask(() => editor.focus());
  }

  function save() {
    clearTimeout(saveTimer);
    if (!current || !unsaved) return;
    unsaved = false;
    const kept = store.put({ id: current.id, text: current.editor.text(), updated: new Date().toISOString() });
    if (!kept) notice.textContent = strings.labSaveFailed;
    else if (notice.textContent === strings.labSaveFailed) notice.textContent = '';
    renderSaved();
  }

  function check() {
    if (!current) return;
    current.check = undefined;
    current.paths = undefined;
    checker.check(current.version, current.editor.text());
  }

  function showProblems() {
    if (!current?.check) return;
    const { result } = current.check;
    const paths = current.paths?.problems;
    const items = problemList(result, paths, current.editor.lineCount());
    current.editor.markLines(markedLines(items));
    const { errors, warnings } = tallyOf(items);
    problemsBody.replaceChildren(items.length === 0 ? el('p', 'lab__clean', strings.labNoProblems) : renderProblems(items, strings, pick));
    const pathsState = !result.compiled ? '' : paths ? ` ${strings.labPathsDone}` : ` ${strings.labPathsChecking}`;
    status.textContent = `${strings.labTally(errors, warnings)}.${pathsState}${result.compiled ? ` ${strings.labReady}` : ''}`;
    play.disabled = !result.compiled;
  }

  function pick(item: ProblemItem) {
    current?.editor.goTo(item.line, item.column);
  }

  async function drawGraph() {
    const good = current?.good;
    if (!current || !good) return;
    const stale = !current.check?.result.compiled;
    graphNote.textContent = stale ? strings.labGraphStale : '';
    let overlay: GroupOverlay | undefined;
    if (results.length > 0) {
      const { overlayFor } = await import('./resultsOverlay.ts');
      overlay = overlayFor(results, good.compiled);
      const others = results.filter((result) => result.scenario.id !== good.compiled.scenario.id).length;
      resultsStatus.textContent = strings.labResultsLaid(overlay.results, overlay.otherVersion, others);
    }
    const first = graphFrame.childElementCount === 0;
    fit.hidden = false;
    graphFrame.replaceChildren(renderGraph(good.graph, lang, strings, overlay));
    asListBody.replaceChildren(renderGraphList(good.graph, lang, strings, overlay));
    // A wide graph opens with its start in view (later redraws keep where the lecturer scrolled to).
    const start = good.graph.nodes.find((node) => node.start);
    if (first && start) graphFrame.scrollLeft = Math.max(0, start.box.x - graphFrame.clientWidth / 2);
  }

  async function layResults(files: File[]) {
    resultsStatus.textContent = strings.labResultsReading;
    const { createResultsIntake, takeResults } = await import('./resultsOverlay.ts');
    intake ??= createResultsIntake();
    const taken = await takeResults(
      intake,
      files.map((file) => ({ name: file.name, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) })),
    );
    results = [...results, ...taken.accepted];
    clearResults.hidden = results.length === 0;
    if (!current?.good) resultsStatus.textContent = strings.labResultsWaiting(results.length);
    else await drawGraph();
    if (taken.duplicates + taken.refused > 0) resultsStatus.textContent += ` ${strings.labResultsSkipped(taken.duplicates, taken.refused)}`;
  }

  async function openFile(file: File) {
    if (file.size > MAX_LAB_TEXT) {
      notice.textContent = strings.labFileTooLarge(file.name);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      notice.textContent = strings.labFileUnreadable(file.name);
      return;
    }
    openText(text, strings.labOpened(file.name));
  }

  async function duplicateShipped(id: string) {
    const compiled = input.shipped.find((candidate) => candidate.scenario.id === id);
    if (!compiled) return;
    notice.textContent = strings.labLoading;
    // The YAML of the shipped situations is a chunk of its own, fetched only now.
    const { default: sources } = await import('virtual:klasdeur/scenario-sources');
    const source = sources.find((candidate) => candidate.id === id);
    if (!source) {
      notice.textContent = strings.labFileUnreadable(id);
      return;
    }
    openText(source.text, strings.labDuplicated(compiled.scenario.title[lang] ?? compiled.scenario.title.nl));
  }

  function openSaved(id: string) {
    const entry = store.get(id);
    if (entry) openText(entry.text, '', entry.id);
  }

  play.addEventListener('click', () => {
    const result = current?.check?.version === current?.version ? current?.check?.result : undefined;
    if (!current || !result?.compiled) return;
    save();
    actions.play(result.compiled, current.id);
  });
  exportButton.addEventListener('click', () => {
    if (!current) return;
    const text = current.editor.text();
    downloadFile(fileNameOf(text), text, 'application/yaml;charset=utf-8');
  });

  renderSaved();
  if (input.open && store.get(input.open)) openSaved(input.open);
  if (input.notice) notice.textContent = input.notice;

  return {
    element: root,
    destroy() {
      clearTimeout(checkTimer);
      save();
      checker.destroy();
      current?.editor.destroy();
    },
  };
}
