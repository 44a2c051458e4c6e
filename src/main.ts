/**
 * The game's entry point and the only place that wires the layers together. The shipped scenarios
 * (compiled at build time) go to the catalogue; a chosen scenario becomes a run (core/session), drawn by
 * the classroom (render) and the play screen (ui), saved after every event (persistence) so a reload
 * resumes it; a finished run is kept and shown in the debrief, from which a "what if" branches into a
 * new run. Settings (language, text size, motion, time pressure, meters, sound) apply to every screen. The
 * audio hears every view of a run (the bell, the door, the class's murmur) and its captions show over the play.
 * A school year (core/year) chains situations of one class: its chapters are played in order from the
 * year screen, each starting from the pupils the previous one left, and kept in the year's own store.
 * A lecturer's assignment link (#opdracht?…, core/assignment) opens on its start card; begun, it holds for
 * the tab: the catalogue offers only its situations (or its year), its language and time pressure stand in
 * for the stored settings, and the debrief shows its feedback mode, until the student stops it.
 * Projector mode (from the lecturers' page): a whole group plays one situation together, without time
 * pressure and in large type; at each decision the lecturer may enter the room's votes (core/session/
 * groupTallies), kept with the run in progress (persistence/groupRun) and with the finished run, so its
 * debrief ("Wat de groep koos") and its export show them.
 */
import shipped from 'virtual:klasdeur/scenarios';
import { createAudio, cuesBetween, heardRestlessness } from './audio/index.ts';
import type { PlayerProfile } from './core/model/types.ts';
import type { CompiledScenario } from './core/scenario/compile.ts';
import { debriefOf } from './core/session/debrief.ts';
import { groupDecisionsOf } from './core/session/groupDebrief.ts';
import { GROUP_RUN_OPTIONS, nextDecisionIndex, talliesBefore, tallyOf, withTally, type GroupTally } from './core/session/groupTallies.ts';
import { createGroupRunStore } from './persistence/groupRun.ts';
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
import { createLabScenarioStore, isLabId } from './persistence/labScenarios.ts';
import { mountClassroom, type ClassroomView } from './render/index.ts';
import { createCaptions } from './ui/captions.ts';
import { renderCatalogue } from './ui/catalogue.ts';
import { createDebriefScreen } from './ui/debriefScreen.ts';
import { createPlayScreen, type GroupVote } from './ui/playScreen.ts';
import { createProfileScreen } from './ui/profileScreen.ts';
import { createRunsScreen } from './ui/runsScreen.ts';
import { createSettingsScreen } from './ui/settingsScreen.ts';
import { createStartScreen } from './ui/startScreen.ts';
import { STRINGS } from './ui/strings.ts';
import type { Chapter } from './core/scenario/schema.ts';
import { createYearScreen, type YearChapterView } from './ui/yearScreen.ts';
import { createLecturerScreen } from './ui/lecturerScreen.ts';
import { createGuideScreen } from './ui/guideScreen.ts';
import { buildGuide } from './core/guide/build.ts';
import { readAssignment, settingsToStore, withAssignment, type Assignment } from './core/assignment/index.ts';
import { createAssignmentStore } from './persistence/assignment.ts';
import { createAssignmentBar } from './ui/assignmentBar.ts';
import { createAssignmentCard, createAssignmentProblem } from './ui/assignmentCard.ts';
import { assignmentName, assignmentView } from './ui/assignmentView.ts';
import { resultFileName, resultOf } from './core/results/buildResult.ts';
import { resultCsv } from './core/results/resultCsv.ts';
import type { FeedbackMode } from './core/results/resultFile.ts';
import { downloadFile } from './ui/download.ts';
import './ui/styles.css';
import './ui/screens.css';

const app = document.querySelector<HTMLElement>('#app');
if (!app) throw new Error('index.html has no #app element');
const screen = document.createElement('div');
screen.className = 'screen';
app.append(screen);

/** localStorage (or sessionStorage: this tab only), or memory when the browser refuses it (private mode, switched off). */
function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): KeyValueStorage {
  try {
    const chosen = window[kind];
    chosen.getItem('klasdeur:probe');
    return chosen;
  } catch {
    return memoryStorage();
  }
}

const storage = browserStorage();
const saves = createSaveStore(storage);
const finishedRuns = createFinishedRunStore(storage);
const profiles = createProfileStore(storage);
const yearStore = createYearStore(storage);
const labStore = createLabScenarioStore(storage);
const groupRuns = createGroupRunStore(storage);
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
/** The situations as the catalogue lists them: a school year's chapters in the year's order first, then the rest. */
const inCatalogueOrder = (() => {
  const chapterOrder: string[] = shipped.years.flatMap((year) => year.chapters.map((chapter: Chapter) => chapter.scenario));
  const rank = (id: string) => (chapterOrder.includes(id) ? chapterOrder.indexOf(id) : chapterOrder.length);
  return shipped.scenarios.map((compiled) => compiled.scenario).sort((a, b) => rank(a.id) - rank(b.id));
})();
/** Marks, in the save store's "current", that a year's chapter was being played. */
const YEAR_MARK = 'year:';
/** Marks, in the save store's "current", that a scenario from the lab was being played (its save is the lab's). */
const LAB_MARK = 'lab:';
/** Marks, in the save store's "current", that a situation was being played with the group (projector mode). */
const GROUP_MARK = 'group:';
const knownIds = { scenarioIds: [...scenarios.keys()], yearIds: [...years.keys()] };
/** Kept for the tab: a reload keeps the assignment, closing the tab ends it (shared laptops). */
const assignments = createAssignmentStore(browserStorage('sessionStorage'), knownIds);
/** The lecturer's assignment this tab is doing, if any. */
let assignment: Assignment | undefined = assignments.read();
settings = withAssignment(settings, assignment);
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
  if (assignment) wrap.insertBefore(createAssignmentBar(assignmentName(viewOfAssignment(assignment)), strings(), { stop: stopAssignment }), content);
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
  const yearCards = [...years.values()].filter(({ year }) => !assignment || assignment.year === year.id).map(({ year }) => ({
    id: year.id,
    title: year.title[settings.lang] ?? year.title.nl,
    summary: year.summary[settings.lang] ?? year.summary.nl,
    chapters: year.chapters.length,
    done: yearStore.read(year.id)?.chapters.length ?? 0,
  }));
  // An assignment offers its own situations, in its order (and none beside its school year).
  const offered = assignment ? (assignment.situations ?? []).flatMap((id) => scenarios.get(id)?.scenario ?? []) : inCatalogueOrder;
  const catalogue = renderCatalogue(
    offered,
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
  const list = inCatalogueOrder;
  const maker = { years: [...years.values()].map(({ year }) => year), base: location.href.split('#')[0]! };
  show('lecturers', withNavigation(createLecturerScreen(list, settings.lang, strings(), { openGuide: showGuide, openDashboard: () => void showDashboard(), openLab: () => void showLab(), playWithGroup: (id) => void playWithGroup(id) }, maker)));
}

/** The dashboard of handed-in results, loaded only when opened (it brings the results-file checker). */
async function showDashboard() {
  const { createDashboardScreen } = await import('./ui/dashboard/index.ts');
  show('dashboard', withNavigation(createDashboardScreen(shipped.scenarios, settings.lang, strings(), { back: showLecturers })));
}

/**
 * The scenario lab, loaded only when opened (it brings the editor, the graph layout and the checker's
 * worker). Its scenarios are played like any other, but kept apart: the save under the lab scenario's
 * id (persistence/labScenarios.ts), and the debrief shown from memory, not added to "my lessons".
 */
async function showLab(open?: string, notice?: string) {
  saves.setCurrent(undefined);
  const { createLabScreen } = await import('./ui/lab/index.ts');
  const lab = createLabScreen(
    { lang: settings.lang, strings: strings(), shipped: shipped.scenarios, store: labStore, ...(open ? { open } : {}), ...(notice ? { notice } : {}) },
    { play: (compiled, labId) => void playLab(compiled, labId), back: showLecturers },
  );
  show('lab', withNavigation(lab.element));
  leave = () => lab.destroy();
}

/** A playtest from the lab: always from the start (after the teacher profile, if there is none yet). */
async function playLab(compiled: CompiledScenario, labId: string) {
  const profile = profiles.read();
  if (!profile) return showProfile(() => void playLab(compiled, labId));
  labStore.removeSave(labId);
  saves.setCurrent(`${LAB_MARK}${labId}`);
  await playRun(compiled, startRun(compiled, { profile, timePressure: settings.timePressure }), { lab: labId });
}

/** After a reload in the middle of a playtest: the lab scenario's text is checked again and its save replayed. */
async function resumeLab(labId: string) {
  const entry = labStore.get(labId);
  const save = labStore.readSave(labId);
  if (!entry || !save) return showLab(labId, strings().labResumeFailed);
  const { checkOnce } = await import('./ui/lab/index.ts');
  const compiled = await checkOnce(settings.lang, shipped.scenarios.map((one) => one.cast), entry.text).then(
    (check) => check.compiled,
    () => undefined,
  );
  const restored = compiled ? restoreRun(compiled, save) : undefined;
  if (!compiled || !restored?.ok) return showLab(labId, strings().labResumeFailed);
  await playRun(compiled, restored.run, { lab: labId });
}

/** The debrief of a lab playtest: shown from the run itself; "again" and "what if" stay in the lab. */
function showLabDebrief(run: Run, labId: string) {
  const { compiled } = run;
  let reflections: Record<string, string> = {};
  show(
    'debrief',
    withNavigation(
      createDebriefScreen(
        {
          debrief: debriefOf(run, settings.lang),
          reflections,
          decisions: decisionsOf(run, settings.lang, strings().timeUpOption),
          backLabel: strings().backToLab,
          situation: compiled.scenario.title[settings.lang] ?? compiled.scenario.title.nl,
        },
        settings.lang,
        strings(),
        {
          again: () => void playLab(compiled, labId),
          back: () => void showLab(labId),
          reflect(index, text) {
            reflections = { ...reflections, [String(index)]: text };
          },
          whatIf(eventIndex, key) {
            const branched = branchFrom(run, eventIndex, key);
            if (branched) void playRun(compiled, branched, { lab: labId });
          },
          exportResult(kind, nickname) {
            const lang = settings.lang;
            const questions = debriefOf(run, lang).reflection.map((question, index) => ({ question, answer: reflections[String(index)] ?? '' }));
            const now = new Date();
            const result = resultOf(run, { lang, nickname, reflections: questions, whatIf: [], feedback: 'full', now });
            const name = resultFileName(compiled.scenario.id, now, kind);
            if (kind === 'json') downloadFile(name, `${JSON.stringify(result, null, 2)}\n`, 'application/json');
            else downloadFile(name, resultCsv(result), 'text/csv;charset=utf-8');
          },
        },
      ),
    ),
  );
}

/** A link to the lab (`#lab`, nothing else in it): opens the lab, where a student drops the file they were sent. */
function openLabLink(): boolean {
  if (location.hash !== '#lab') return false;
  history.replaceState(history.state, '', location.href.split('#')[0]);
  void showLab();
  return true;
}

function showGuide(scenarioId: string) {
  const compiled = scenarios.get(scenarioId);
  if (!compiled) return showLecturers();
  show('guide', withNavigation(createGuideScreen(buildGuide(compiled, settings.lang), { back: showLecturers })));
}

function viewOfAssignment(opened: Assignment) {
  return assignmentView(opened, shipped.scenarios.map((compiled) => compiled.scenario), [...years.values()].map(({ year }) => year));
}

/** Takes the assignment out of the address, so a reload or a bookmark does not open its card again. */
function forgetAssignmentLink() {
  history.replaceState(history.state, '', location.href.split('#')[0]);
}

/** A lecturer's link in the address: its start card, or what is wrong with it. False when there is none. */
function openAssignmentLink(): boolean {
  const read = readAssignment(location.hash, knownIds);
  const toStart = () => {
    forgetAssignmentLink();
    showStart();
  };
  if (read.ok) show('assignment', createAssignmentCard(viewOfAssignment(read.assignment), { begin: () => beginAssignment(read.assignment), notNow: toStart }));
  else if (read.problem.code !== 'none') show('assignment', createAssignmentProblem(strings().assignmentProblem(read.problem), strings(), { toStart }));
  return read.ok || read.problem.code !== 'none';
}

/** Applies an assignment to this tab (after the teacher profile, if there is none yet) and opens what it offers. */
function beginAssignment(opened: Assignment) {
  forgetAssignmentLink();
  assignment = opened;
  assignments.write(opened);
  settings = withAssignment(settingsStore.read(), opened);
  applySettings();
  showAssignmentHome(opened);
}

/** What an assignment offers: its school year, or the catalogue of its situations; the teacher profile first if there is none. */
function showAssignmentHome(active: Assignment) {
  const go = () => (active.year !== undefined ? showYear(active.year) : showCatalogue());
  if (profiles.read()) go();
  else showProfile(go);
}

function stopAssignment() {
  assignment = undefined;
  assignments.clear();
  settings = settingsStore.read();
  applySettings();
  showCatalogue();
}

function showSettings() {
  show(
    'settings',
    withNavigation(
      createSettingsScreen(strings(), settings, {
        change(next: Settings) {
          const languageChanged = next.lang !== settings.lang;
          // Only what the player changed is stored: an assignment's language and time pressure are for this tab.
          settingsStore.write(settingsToStore(settingsStore.read(), settings, next));
          settings = next;
          applySettings();
          if (languageChanged) showSettings();
        },
        clearData() {
          for (const id of scenarios.keys()) saves.remove(id);
          for (const id of years.keys()) yearStore.clear(id);
          saves.setCurrent(undefined);
          finishedRuns.clear();
          labStore.clear();
          groupRuns.clear();
          profiles.clear();
          settingsStore.clear();
          assignments.clear();
          assignment = undefined;
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
  /** Set when the whole group plays it on a projector: the votes counted so far. */
  group?: { tallies: GroupTally[] };
  /** The lab scenario this playtest is of (its save is kept by the lab, apart from the shipped situations'). */
  lab?: string;
}

/** Plays a situation with the whole group (projector mode), resuming the group's run of it if one was left halfway. */
async function playWithGroup(scenarioId: string) {
  const compiled = scenarios.get(scenarioId);
  if (!compiled) return showLecturers();
  const kept = groupRuns.read();
  const restored = kept?.save.scenarioId === scenarioId ? restoreRun(compiled, kept.save) : undefined;
  const run = restored?.ok ? restored.run : startRun(compiled, GROUP_RUN_OPTIONS);
  const tallies = restored?.ok && kept ? kept.tallies : [];
  saves.setCurrent(`${GROUP_MARK}${scenarioId}`);
  await playRun(compiled, run, { group: { tallies }, notice: restored && !restored.ok ? strings().changedScenario : strings().projectorNotice });
}

async function playRun(compiled: CompiledScenario, first: Run, extra: RunPlace) {
  let run = first;
  const started = performance.now() - (run.events.at(-1)?.at ?? 0);
  let classroom: ClassroomView | undefined;
  let closed = false;
  let tallies = extra.group?.tallies ?? [];
  const send = (event: LoggedEvent, vote?: GroupVote) => {
    const decision = nextDecisionIndex(run.events);
    const next = step(run, { ...event, at: Math.round(performance.now() - started) });
    if (!next) return;
    run = next;
    const tally = extra.group && vote ? tallyOf(decision, vote.counts, vote.followed) : undefined;
    if (tally) tallies = withTally(tallies, tally);
    if (event.type !== 'continue') audio.cue(event.type === 'time.up' ? 'timeUp' : 'choice');
    const kept = extra.lab
      ? labStore.writeSave(extra.lab, saveRun(run))
      : extra.group
      ? groupRuns.write({ save: saveRun(run), tallies })
      : extra.year
        ? yearStore.writeChapter(extra.year, saveRun(run))
        : saves.write(saveRun(run));
    if (!kept) ui.notify(strings().saveFailed);
    refresh();
  };
  const ui = createPlayScreen(strings(), { ...settings, projector: extra.group !== undefined }, {
    choose: (index, incident, vote) => send(incident ? { type: 'incident.select', incident, index } : { type: 'choice.select', index }, vote),
    proceed: () => send({ type: 'continue' }),
    timeUp: () => send({ type: 'time.up' }),
    leave: () => {
      if (extra.lab) return void showLab(extra.lab);
      if (extra.group) {
        // The group's run stays kept: "Speel met de groep" on the same situation resumes it.
        saves.setCurrent(undefined);
        return showLecturers();
      }
      return extra.year ? showYear(extra.year) : showCatalogue();
    },
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
    if (view.prompt.kind === 'ending') return finish(compiled, run, extra.group ? { ...extra, group: { tallies } } : extra);
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

function finish(compiled: CompiledScenario, run: Run, { branchOf, year, group, lab }: RunPlace) {
  if (lab) {
    labStore.removeSave(lab);
    saves.setCurrent(undefined);
    return showLabDebrief(run, lab);
  }
  if (group) {
    groupRuns.clear();
  } else if (year) {
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
    ...(group ? { group: { tallies: [...group.tallies] } } : {}),
  };
  finishedRuns.put(record);
  showDebrief(record.id, year);
}

function openRun(id: string) {
  showDebrief(id);
}

/**
 * A finished run's debrief; for a chapter just played in a school year, its way back leads to the year.
 * `feedback` is how much the debrief shows (an assignment's setting; everything when not given).
 */
function showDebrief(recordId: string, year?: string, feedback: FeedbackMode = assignment?.feedback ?? 'full') {
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
            feedback,
            situation: compiled.scenario.title[settings.lang] ?? compiled.scenario.title.nl,
            ...(record.group ? { group: groupDecisionsOf(run, record.group.tallies, settings.lang) } : {}),
          },
          settings.lang,
          strings(),
          {
            ...(year
              ? {}
              : {
                  again: () => {
                    if (record.group) {
                      groupRuns.clear();
                      return void playWithGroup(compiled.scenario.id);
                    }
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
              // A what-if of a group's run is played by the group too, keeping the votes counted before it.
              const group = record.group ? { tallies: talliesBefore(record.group.tallies, nextDecisionIndex(run.events.slice(0, eventIndex))) } : undefined;
              if (branched) void playRun(compiled, branched, { branchOf: record, ...(group ? { group } : {}) });
            },
            exportResult: (kind, nickname) => exportFinishedRun(record, run, { kind, nickname, feedback, reflections }),
          },
        ),
      ),
    );
  draw();
}

/** Builds a finished run's results file, with its reflections and the what-ifs branched from it, and downloads it. */
function exportFinishedRun(
  record: FinishedRun,
  run: Run,
  { kind, nickname, feedback, reflections }: { kind: 'json' | 'csv'; nickname: string; feedback: FeedbackMode; reflections: Record<string, string> },
) {
  const lang = settings.lang;
  const whatIf = finishedRuns
    .list()
    .filter((other) => other.branchOf === record.id)
    .reverse()
    .flatMap((other) => {
      const restored = restoreRun(run.compiled, other.save);
      return restored.ok ? [restored.run] : [];
    });
  const questions = debriefOf(run, lang).reflection.map((question, index) => ({ question, answer: reflections[String(index)] ?? '' }));
  const now = new Date();
  // The assignment it was played for, in the lecturer's words (or the situations it named).
  const assignedAs = assignment ? (assignment.title ?? assignment.year ?? assignment.situations?.join(', ')) : undefined;
  const result = resultOf(run, {
    lang,
    nickname,
    reflections: questions,
    whatIf,
    feedback,
    now,
    ...(assignedAs ? { assignment: assignedAs.slice(0, 200) } : {}),
    ...(record.group ? { group: record.group } : {}),
  });
  const name = resultFileName(run.compiled.scenario.id, now, kind);
  if (kind === 'json') downloadFile(name, `${JSON.stringify(result, null, 2)}\n`, 'application/json');
  else downloadFile(name, resultCsv(result), 'text/csv;charset=utf-8');
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
// A link pasted into this tab's address bar changes only the fragment: no reload, so listen for it.
window.addEventListener('hashchange', () => void (openLabLink() || openAssignmentLink()));
const current = saves.current();
if (openLabLink()) {
  // A link to the scenario lab.
} else if (openAssignmentLink()) {
  // The link's start card (or its problem) comes first; a lesson in progress waits in the catalogue.
} else if (current?.startsWith(YEAR_MARK) && years.has(current.slice(YEAR_MARK.length))) void playYearChapter(current.slice(YEAR_MARK.length));
else if (current?.startsWith(GROUP_MARK) && scenarios.has(current.slice(GROUP_MARK.length))) void playWithGroup(current.slice(GROUP_MARK.length));
else if (current?.startsWith(LAB_MARK) && isLabId(current.slice(LAB_MARK.length))) void resumeLab(current.slice(LAB_MARK.length));
else if (current && scenarios.has(current)) void play(current);
else if (assignment) showAssignmentHome(assignment);
else showStart();
