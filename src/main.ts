/**
 * The game's entry point and the only place that wires the layers together: the shipped scenarios
 * (compiled at build time) go to the catalogue; a chosen scenario becomes a run (core/session), drawn by
 * the classroom (render) and the play screen (ui), saved after every event (persistence) so a reload
 * resumes it; its end goes to the end screen.
 */
import shipped from 'virtual:klasdeur/scenarios';
import type { CompiledScenario } from './core/scenario/compile.ts';
import { debriefOf } from './core/session/debrief.ts';
import { restoreRun, saveRun, startRun, step, type LoggedEvent, type Run, type RunOptions } from './core/session/run.ts';
import { viewOf } from './core/session/view.ts';
import { createSaveStore, memoryStorage } from './persistence/saves.ts';
import { mountClassroom, type ClassroomView } from './render/index.ts';
import { renderCatalogue } from './ui/catalogue.ts';
import { createEndScreen } from './ui/endScreen.ts';
import { createPlayScreen } from './ui/playScreen.ts';
import { STRINGS } from './ui/strings.ts';
import './ui/styles.css';

const app = document.querySelector<HTMLElement>('#app');
if (!app) throw new Error('index.html has no #app element');
const screen = document.createElement('div');
screen.className = 'screen';
app.append(screen);

const lang = 'nl' as const;
const strings = STRINGS[lang];
const settings = { timePressure: true, meters: false, reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches };
const profile: RunOptions['profile'] = { interests: [], temperament: 'rustig' };
const store = createSaveStore(storageOrMemory());
const scenarios = new Map(shipped.scenarios.map((compiled) => [compiled.scenario.id, compiled]));

/** localStorage, or memory when the browser refuses it (private mode, switched off). */
function storageOrMemory() {
  try {
    localStorage.getItem('klasdeur:probe');
    return localStorage;
  } catch {
    return memoryStorage();
  }
}

function showCatalogue() {
  document.body.dataset.screen = 'catalogue';
  store.setCurrent(undefined);
  const inProgress = new Set([...scenarios.keys()].filter((id) => store.read(id) !== undefined));
  screen.replaceChildren(renderCatalogue(shipped.scenarios.map((c) => c.scenario), lang, strings, { start: play, inProgress }));
  screen.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
}

async function play(scenarioId: string) {
  const compiled = scenarios.get(scenarioId);
  if (!compiled) return showCatalogue();
  let notice: string | undefined;
  let run: Run | undefined;
  const save = store.read(scenarioId);
  if (save) {
    const restored = restoreRun(compiled, save);
    if (restored.ok) run = restored.run;
    else notice = strings.changedScenario;
  }
  run ??= startRun(compiled, { profile, timePressure: settings.timePressure });
  store.setCurrent(scenarioId);
  await playRun(compiled, run, notice);
}

async function playRun(compiled: CompiledScenario, first: Run, notice?: string) {
  let run = first;
  const started = performance.now() - (run.events.at(-1)?.at ?? 0);
  let classroom: ClassroomView | undefined;
  const send = (event: LoggedEvent) => {
    const next = step(run, { ...event, at: Math.round(performance.now() - started) });
    if (!next) return;
    run = next;
    if (!store.write(saveRun(run))) ui.notify(strings.saveFailed);
    refresh();
  };
  const ui = createPlayScreen(strings, settings, {
    choose: (index, incident) => send(incident ? { type: 'incident.select', incident, index } : { type: 'choice.select', index }),
    proceed: () => send({ type: 'continue' }),
    timeUp: () => send({ type: 'time.up' }),
  });
  const refresh = () => {
    const view = viewOf(run, lang);
    if (view.prompt.kind === 'ending') return finish(compiled, run, () => ui.destroy(), classroom);
    ui.show(view);
    classroom?.update(view);
  };
  document.body.dataset.screen = 'play';
  screen.replaceChildren(ui.element);
  if (notice) ui.notify(notice);
  const view = viewOf(run, lang);
  classroom = await mountClassroom(ui.stage, view, { reducedMotion: settings.reducedMotion, lang });
  (window as unknown as { klasdeur?: object }).klasdeur = { game: classroom.game };
  refresh();
}

function finish(compiled: CompiledScenario, run: Run, closePlay: () => void, classroom: ClassroomView | undefined) {
  classroom?.destroy();
  closePlay();
  store.remove(compiled.scenario.id);
  store.setCurrent(undefined);
  document.body.dataset.screen = 'ending';
  const debrief = debriefOf(run, lang);
  screen.replaceChildren(
    createEndScreen(debrief, lang, strings, {
      again: () => void play(compiled.scenario.id),
      back: showCatalogue,
    }),
  );
}

const current = store.current();
if (current && scenarios.has(current)) void play(current);
else showCatalogue();
