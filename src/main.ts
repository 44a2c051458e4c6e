/**
 * The game's entry point and the only place that wires the layers together. The shipped scenarios
 * (compiled at build time) go to the catalogue; a chosen scenario becomes a run (core/session), drawn by
 * the classroom (render) and the play screen (ui), saved after every event (persistence) so a reload
 * resumes it; a finished run is kept and shown in the debrief, from which a "what if" branches into a
 * new run. Settings (language, text size, motion, time pressure, meters, sound) apply to every screen. The
 * audio hears every view of a run (the bell, the door, the class's murmur) and its captions show over the play.
 * A school year (core/year) chains situations of one class: its chapters are played in order from the
 * year screen, each starting from the pupils the previous one left, and kept in the year's own store.
 */
import shipped from 'virtual:klasdeur/scenarios';
import { createAudio, cuesBetween, heardRestlessness } from './audio/index.ts';
import type { PlayerProfile } from './core/model/types.ts';
import type { CompiledScenario } from './core/scenario/compile.ts';
import { debriefOf } from './core/session/debrief.ts';
import { restoreRun, saveRun, startRun, step, type LoggedEvent, type Run } from './core/session/run.ts';
import { viewOf, type ViewModel } from './core/session/view.ts';
import { branchFrom, decisionsOf } from './core/session/whatIf.ts';
import { scoreLesson } from './core/scoring/score.ts';
import { yearDebriefOf } from './core/year/yearDebrief.ts';
import { chaptersOf, emptyProgress, nextChapterOptions, withFinishedChapter, yearStateOf, type YearState } from './core/year/yearRun.ts';
import { createFinishedRunStore, type FinishedRun } from './persistence/finishedRuns.ts';
import { createProfileStore } from './persistence/profile.ts';
import { createSaveStore, memoryStorage, type KeyValueStorage } from './persistence/saves.ts';
import { createSettingsStore, type Settings } from './persistence/settings.ts';
import { createYearStore } from './persistence/years.ts';
import { mountClassroom, type ClassroomView } from './render/index.ts';
import { createCaptions } from './ui/captions.ts';
import { renderCatalogue } from './ui/catalogue.ts';
import { createDebriefScreen } from './ui/debriefScreen.ts';
import { createPlayScreen } from './ui/playScreen.ts';
import { createProfileScreen } from './ui/profileScreen.ts';
import { createRunsScreen } from './ui/runsScreen.ts';
import { createSettingsScreen } from './ui/settingsScreen.ts';
import { createStartScreen } from './ui/startScreen.ts';
import { STRINGS } from './ui/strings.ts';
import { createYearScreen, type YearChapterView } from './ui/yearScreen.ts';
import { createLecturerScreen } from './ui/lecturerScreen.ts';
import { createGuideScreen } from './ui/guideScreen.ts';
import { buildGuide } from './core/guide/build.ts';
import './ui/styles.css';
import './ui/screens.css';

const app = document.querySelector<HTMLElement>('#app');
if (!app) throw new Error('index.html has no #app element');
const screen = document.createElement('div');
screen.className = 'screen';
app.append(screen);

/** localStorage, or memory when the browser refuses it (private mode, switched off). */
function browserStorage(): KeyValueStorage {
  try {
    localStorage.getItem('klasdeur:probe');
    return localStorage;
  } catch {
    return memoryStorage();
  }
}

const storage = browserStorage();
const saves = createSaveStore(storage);
const finishedRuns = createFinishedRunStore(storage);
const profiles = createProfileStore(storage);
const yearStore = createYearStore(storage);
const settingsStore = createSettingsStore(storage, { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches });
let settings = settingsStore.read();
const audio = createAudio({ muted: settings.muted, volume: settings.volume });
/** What the e2e tests and the benchmark read from the page: the classroom's Phaser game, whether sound plays. */
const hooks: { game?: unknown; audio: Pick<typeof audio, 'playing' | 'muted' | 'started'> } = {
  audio: { playing: () => audio.playing(), muted: () => audio.muted(), started: () => audio.started() },
};
(window as unknown as { klasdeur?: object }).klasdeur = hooks;
const scenarios = new Map(shipped.scenarios.map((compiled) => [compiled.scenario.id, compiled]));
/** The school years whose chapters are all shipped, with their compiled chapters in order. */
const years = new Map(
  shipped.years.flatMap((year) => {
    const chapters = chaptersOf(year, shipped.scenarios);
    return chapters ? [[year.id, { year, chapters }] as const] : [];
  }),
);
/** Marks, in the save store's "current", that a year's chapter was being played. */
const YEAR_MARK = 'year:';
const strings = () => STRINGS[settings.lang];
/** Leaves the current screen: stops its timers and its classroom. */
let leave: () => void = () => undefined;

function applySettings() {
  document.documentElement.lang = settings.lang;
  const tagline = document.querySelector('.tagline');
  if (tagline) tagline.textContent = strings().tagline;
  document.documentElement.dataset.textSize = settings.textSize;
  document.documentElement.dataset.reducedMotion = String(settings.reducedMotion);
  audio.setMuted(settings.muted);
  audio.setVolume(settings.volume);
}

function show(name: string, content: HTMLElement) {
  leave();
  leave = () => undefined;
  document.body.dataset.screen = name;
  screen.replaceChildren(content);
}

function navigation(): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'site-nav';
  nav.setAttribute('aria-label', strings().navigation);
  for (const [label, go] of [
    [strings().situations, showCatalogue],
    [strings().myLessons, showRuns],
    [strings().forLecturers, showLecturers],
    [strings().settingsLink, showSettings],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--plain site-nav__link';
    button.textContent = label;
    button.addEventListener('click', () => go());
    nav.append(button);
  }
  return nav;
}

function withNavigation(content: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.append(navigation(), content);
  return wrap;
}

function showStart() {
  const firstVisit = profiles.read() === undefined;
  show(
    'start',
    createStartScreen(strings(), { firstVisit }, {
      begin: () => (profiles.read() ? showCatalogue() : showProfile(showCatalogue)),
      settings: showSettings,
      runs: showRuns,
      hasRuns: finishedRuns.list().length > 0,
    })
  );
}

function showProfile(then: () => void) {
  show(
    'profile',
    withNavigation(
      createProfileScreen(strings(), settings.lang, profiles.read(), {
        save(profile: PlayerProfile) {
          profiles.write(profile);
          then();
        },
      }),
    )
  );
}

function showCatalogue() {
  saves.setCurrent(undefined);
  const inProgress = new Set([...scenarios.keys()].filter((id) => saves.read(id) !== undefined));
  const yearCards = [...years.values()].map(({ year }) => ({
    id: year.id,
    title: year.title[settings.lang] ?? year.title.nl,
    summary: year.summary[settings.lang] ?? year.summary.nl,
    chapters: year.chapters.length,
    done: yearStore.read(year.id)?.chapters.length ?? 0,
  }));
  const catalogue = renderCatalogue(
    shipped.scenarios.map((compiled) => compiled.scenario),
    settings.lang,
    strings(),
    { start: (id) => void play(id), inProgress, years: yearCards, openYear: (id) => showYear(id) },
  );
  show('catalogue', withNavigation(catalogue));
}

function showRuns() {
  show(
    'runs',
    withNavigation(createRunsScreen(strings(), settings.lang, finishedRuns.list(), { open: (id) => openRun(id), back: showStart }))
  );
}

function showLecturers() {
  const list = shipped.scenarios.map((compiled) => compiled.scenario);
  show('lecturers', withNavigation(createLecturerScreen(list, settings.lang, strings(), { openGuide: showGuide })));
}

function showGuide(scenarioId: string) {
  const compiled = scenarios.get(scenarioId);
  if (!compiled) return showLecturers();
  show('guide', withNavigation(createGuideScreen(buildGuide(compiled, settings.lang), { back: showLecturers })));
}

function showSettings() {
  show(
    'settings',
    withNavigation(
      createSettingsScreen(strings(), settings, {
        change(next: Settings) {
          const languageChanged = next.lang !== settings.lang;
          settings = next;
          settingsStore.write(settings);
          applySettings();
          if (languageChanged) showSettings();
        },
        clearData() {
          for (const id of scenarios.keys()) saves.remove(id);
          for (const id of years.keys()) yearStore.clear(id);
          saves.setCurrent(undefined);
          finishedRuns.clear();
          profiles.clear();
          settingsStore.clear();
          settings = settingsStore.read();
          applySettings();
          showStart();
        },
        back: showStart,
      }),
    )
  );
}

async function play(scenarioId: string) {
  const compiled = scenarios.get(scenarioId);
  if (!compiled) return showCatalogue();
  const profile = profiles.read();
  if (!profile) return showProfile(() => void play(scenarioId));
  let notice: string | undefined;
  let run: Run | undefined;
  const save = saves.read(scenarioId);
  if (save) {
    const restored = restoreRun(compiled, save);
    if (restored.ok) run = restored.run;
    else notice = strings().changedScenario;
  }
  run ??= startRun(compiled, { profile, timePressure: settings.timePressure });
  saves.setCurrent(scenarioId);
  await playRun(compiled, run, { notice });
}

/** How a run is kept and where it goes back to: a single situation, or a chapter of a school year. */
interface RunPlace {
  notice?: string;
  branchOf?: FinishedRun;
  /** The school year this run is a chapter of. */
  year?: string;
}

async function playRun(compiled: CompiledScenario, first: Run, extra: RunPlace) {
  let run = first;
  const started = performance.now() - (run.events.at(-1)?.at ?? 0);
  let classroom: ClassroomView | undefined;
  let closed = false;
  const send = (event: LoggedEvent) => {
    const next = step(run, { ...event, at: Math.round(performance.now() - started) });
    if (!next) return;
    run = next;
    if (event.type !== 'continue') audio.cue(event.type === 'time.up' ? 'timeUp' : 'choice');
    const kept = extra.year ? yearStore.writeChapter(extra.year, saveRun(run)) : saves.write(saveRun(run));
    if (!kept) ui.notify(strings().saveFailed);
    refresh();
  };
  const ui = createPlayScreen(strings(), settings, {
    choose: (index, incident) => send(incident ? { type: 'incident.select', incident, index } : { type: 'choice.select', index }),
    proceed: () => send({ type: 'continue' }),
    timeUp: () => send({ type: 'time.up' }),
    leave: () => (extra.year ? showYear(extra.year) : showCatalogue()),
  });
  // A run that starts now begins with the bell; a resumed or branched one starts where it was, without.
  let heard: ViewModel | undefined = run.events.length === 0 ? undefined : viewOf(run, settings.lang);
  const hear = (view: ViewModel) => {
    for (const cue of cuesBetween(heard, view)) audio.cue(cue);
    heard = view;
    audio.setAmbience(heardRestlessness(view));
  };
  const captions = createCaptions({ reducedMotion: settings.reducedMotion });
  const stopCaptions = audio.onCaption((caption) => captions.show(`${caption.icon} ${caption[settings.lang]}`));
  ui.element.prepend(captions.element);
  const refresh = () => {
    if (closed) return;
    const view = viewOf(run, settings.lang);
    hear(view);
    if (view.prompt.kind === 'ending') return finish(compiled, run, extra);
    ui.show(view);
    classroom?.update(view);
  };
  show('play', ui.element);
  leave = () => {
    closed = true;
    ui.destroy();
    classroom?.destroy();
    stopCaptions();
    captions.destroy();
    audio.setAmbience(0);
  };
  if (extra.notice) ui.notify(extra.notice);
  ui.show(viewOf(run, settings.lang));
  hear(viewOf(run, settings.lang));
  classroom = await mountClassroom(ui.stage, viewOf(run, settings.lang), { reducedMotion: settings.reducedMotion, lang: settings.lang });
  if (closed) return classroom.destroy();
  hooks.game = classroom.game;
  refresh();
}

function finish(compiled: CompiledScenario, run: Run, { branchOf, year }: RunPlace) {
  if (year) {
    const state = yearStateNow(year);
    if (state?.next?.compiled.scenario.id === compiled.scenario.id) yearStore.write(withFinishedChapter(state, run));
    yearStore.removeChapter(year);
  } else {
    saves.remove(compiled.scenario.id);
  }
  saves.setCurrent(undefined);
  const debrief = debriefOf(run, settings.lang);
  const record: FinishedRun = {
    id: `${Date.now()}-${compiled.scenario.id}`,
    finishedAt: new Date().toISOString(),
    scenarioId: compiled.scenario.id,
    title: compiled.scenario.title[settings.lang] ?? compiled.scenario.title.nl,
    score: debrief.score.total,
    classProfile: debrief.classProfile,
    save: saveRun(run),
    reflections: {},
    ...(branchOf ? { branchOf: branchOf.id } : {}),
  };
  finishedRuns.put(record);
  showDebrief(record.id, year);
}

function openRun(id: string) {
  showDebrief(id);
}

/** A finished run's debrief; for a chapter just played in a school year, its way back leads to the year. */
function showDebrief(recordId: string, year?: string) {
  const record = finishedRuns.get(recordId);
  const compiled = record ? scenarios.get(record.scenarioId) : undefined;
  const restored = record && compiled ? restoreRun(compiled, record.save) : undefined;
  if (!record || !compiled || !restored?.ok) return showRuns();
  const run = restored.run;
  const original = record.branchOf ? finishedRuns.get(record.branchOf) : undefined;
  const originalRun = original ? restoreRun(compiled, original.save) : undefined;
  const originalClassroom = originalRun?.ok ? originalRun.run.snapshot.context.classroom : undefined;
  let reflections = { ...record.reflections };
  const draw = () =>
    show(
      'debrief',
      withNavigation(
        createDebriefScreen(
          {
            debrief: debriefOf(run, settings.lang),
            ...(originalClassroom ? { original: { trajectory: originalClassroom.trajectory, mean: scoreLesson(originalClassroom).meanPosition } } : {}),
            reflections,
            decisions: decisionsOf(run, settings.lang, strings().timeUpOption),
            ...(year ? { backLabel: strings().backToYear } : {}),
          },
          settings.lang,
          strings(),
          {
            ...(year
              ? {}
              : {
                  again: () => {
                    saves.remove(compiled.scenario.id);
                    void play(compiled.scenario.id);
                  },
                }),
            back: () => (year ? showYear(year) : showCatalogue()),
            reflect(index, text) {
              reflections = { ...reflections, [String(index)]: text };
              finishedRuns.put({ ...record, reflections });
            },
            whatIf(eventIndex, key) {
              const branched = branchFrom(run, eventIndex, key);
              if (branched) void playRun(compiled, branched, { branchOf: record });
            },
          },
        ),
      ),
    );
  draw();
}

function yearStateNow(yearId: string): YearState | undefined {
  const entry = years.get(yearId);
  if (!entry) return undefined;
  return yearStateOf(entry.year, entry.chapters, yearStore.read(yearId) ?? emptyProgress(entry.year));
}

function showYear(yearId: string) {
  const state = yearStateNow(yearId);
  if (!state) return showCatalogue();
  saves.setCurrent(undefined);
  const { year } = state;
  const lang = settings.lang;
  const inProgress = yearStore.readChapter(yearId) !== undefined;
  const chapters = year.chapters.map((chapter, index): YearChapterView => {
    const finished = state.finished[index];
    const compiled = years.get(yearId)!.chapters[index]!;
    const ending = finished?.snapshot.context.ending ? compiled.scenario.endings[finished.snapshot.context.ending] : undefined;
    return {
      season: chapter.season[lang] ?? chapter.season.nl,
      title: compiled.scenario.title[lang] ?? compiled.scenario.title.nl,
      state: finished ? 'done' : index === state.next?.index ? (inProgress ? 'in-progress' : 'next') : 'later',
      ...(finished && ending ? { ending: ending.title[lang] ?? ending.title.nl, score: scoreLesson(finished.snapshot.context.classroom).total } : {}),
    };
  });
  const nextChapter = state.next ? year.chapters[state.next.index] : undefined;
  show(
    'year',
    withNavigation(
      createYearScreen(
        {
          title: year.title[lang] ?? year.title.nl,
          summary: year.summary[lang] ?? year.summary.nl,
          chapters,
          ...(nextChapter ? { interlude: nextChapter.interlude[lang] ?? nextChapter.interlude.nl } : {}),
          ...(!state.next ? { debrief: yearDebriefOf(year, state.finished, lang) } : {}),
          ...(state.dropped > 0 ? { notice: strings().yearChanged } : {}),
        },
        lang,
        strings(),
        {
          playNext: () => void playYearChapter(yearId),
          restart: () => {
            yearStore.clear(yearId);
            showYear(yearId);
          },
          back: showCatalogue,
        },
      ),
    ),
  );
}

/** Plays the year's next chapter, resuming it when it was left halfway. */
async function playYearChapter(yearId: string) {
  const state = yearStateNow(yearId);
  if (!state?.next) return state ? showYear(yearId) : showCatalogue();
  const profile = profiles.read();
  if (!profile) return showProfile(() => void playYearChapter(yearId));
  const { compiled } = state.next;
  const options = nextChapterOptions(state, { profile, timePressure: settings.timePressure })!;
  const saved = yearStore.readChapter(yearId);
  const restored = saved ? restoreRun(compiled, saved) : undefined;
  // A chapter left halfway resumes only if it started from the pupils the year hands it now.
  const resumable = restored?.ok && JSON.stringify(restored.run.options.startingState) === JSON.stringify(options.startingState);
  const run = resumable && restored.ok ? restored.run : startRun(compiled, options);
  saves.setCurrent(`${YEAR_MARK}${yearId}`);
  await playRun(compiled, run, { year: yearId, ...(saved && !resumable ? { notice: strings().changedScenario } : {}) });
}

applySettings();
const current = saves.current();
if (current?.startsWith(YEAR_MARK) && years.has(current.slice(YEAR_MARK.length))) void playYearChapter(current.slice(YEAR_MARK.length));
else if (current && scenarios.has(current)) void play(current);
else showStart();
