/**
 * The school-year screen: the year's chapters in order, each played (with its ending and score), up
 * next or later; what happened since the last chapter, and the button that plays the next one. When
 * every chapter is played it shows the year debrief: each chapter's ending and profile, the Roos with
 * one trajectory per chapter, who grew closer, who drifted away, and who was overlooked all year.
 * Restarting the year asks first, in place. Text goes in as text only.
 */
import type { Language } from '../core/scenario/vocabulary.ts';
import type { YearDebrief } from '../core/year/yearDebrief.ts';
import { el } from './dom.ts';
import { renderRoos, type RoosTrajectory } from './roos.ts';
import type { Strings } from './strings.ts';

export interface YearChapterView {
  season: string;
  title: string;
  state: 'done' | 'in-progress' | 'next' | 'later';
  /** For a played chapter: its ending and score. */
  ending?: string;
  score?: number;
}

export interface YearScreenInput {
  title: string;
  summary: string;
  chapters: YearChapterView[];
  /** What happened since the previous chapter, before the next one is played. */
  interlude?: string;
  /** The whole year looked back on, once every chapter is played. */
  debrief?: YearDebrief;
  notice?: string;
}

export interface YearScreenActions {
  playNext(): void;
  restart(): void;
  back(): void;
}

function section(id: string, heading: string): HTMLElement {
  const part = el('section', 'year__section', undefined, { 'aria-labelledby': id });
  part.append(el('h3', 'year__heading', heading, { id }));
  return part;
}

function chapterList(chapters: readonly YearChapterView[], strings: Strings): HTMLOListElement {
  const list = el('ol', 'year__chapters');
  const stateLabel = { done: strings.chapterDone, 'in-progress': strings.chapterInProgress, next: strings.chapterNext, later: strings.chapterLater };
  for (const chapter of chapters) {
    const item = el('li', `year__chapter year__chapter--${chapter.state}`);
    const heading = el('p', 'year__chapter-title');
    heading.append(el('span', 'year__season', chapter.season), document.createTextNode(' · '), el('span', '', chapter.title));
    const status = el('p', 'year__chapter-state', stateLabel[chapter.state]);
    if (chapter.ending !== undefined && chapter.score !== undefined) status.append(document.createTextNode(` — ${chapter.ending} (${strings.chapterScore(chapter.score)})`));
    item.append(heading, status);
    list.append(item);
  }
  return list;
}

function names(list: readonly string[], strings: Strings): HTMLElement {
  return el('p', '', list.length > 0 ? list.join(', ') : strings.nobody);
}

function yearDebriefSection(debrief: YearDebrief, lang: Language, strings: Strings): HTMLElement {
  const part = section('year-debrief', strings.yearDebrief);
  part.append(el('p', 'year__mean', strings.yearMeanScore(debrief.meanScore)));

  const trajectories: RoosTrajectory[] = debrief.trajectories.map((chapter, index) => ({
    label: `${index + 1}. ${chapter.season}`,
    points: chapter.positions,
    mean: meanOf(chapter.positions),
    style: `chapter-${index + 1}`,
    marker: String(index + 1),
  }));
  part.append(renderRoos(trajectories, lang, strings.yearRoos));
  const legend = el('ul', 'roos__legend');
  legend.append(...trajectories.map((t) => el('li', `roos__legend-item roos__legend-item--${t.style}`, t.label)));
  const profiles = el('ul', 'year__profiles');
  profiles.append(...debrief.chapters.map((chapter) => el('li', '', `${chapter.season}: ${strings.resembles(chapter.classProfile)}`)));
  part.append(legend, profiles);

  const closer = el('ul', 'year__changes');
  closer.append(...debrief.grewCloser.map((change) => el('li', '', strings.closenessChange(change.name, change.from, change.to))));
  const conflicts = el('ul', 'year__changes');
  conflicts.append(...debrief.unresolvedConflict.map((change) => el('li', '', strings.conflictChange(change.name, change.to))));
  const away = el('ul', 'year__changes');
  away.append(...debrief.driftedAway.map((change) => el('li', '', strings.closenessChange(change.name, change.from, change.to))));
  part.append(
    el('h4', 'year__subheading', strings.grewCloser),
    debrief.grewCloser.length > 0 ? closer : el('p', '', strings.nobody),
    el('h4', 'year__subheading', strings.driftedAway),
    debrief.driftedAway.length > 0 ? away : el('p', '', strings.nobody),
    el('h4', 'year__subheading', strings.unresolvedConflict),
    debrief.unresolvedConflict.length > 0 ? conflicts : el('p', '', strings.nobody),
    el('h4', 'year__subheading', strings.overlookedAllYear),
    names(debrief.overlookedAllYear, strings),
    el('h4', 'year__subheading', strings.neverAddressed),
    names(debrief.neverAddressed, strings),
  );
  return part;
}

function meanOf(points: readonly { agency: number; communion: number }[]): { agency: number; communion: number } {
  if (points.length === 0) return { agency: 0, communion: 0 };
  return {
    agency: points.reduce((sum, point) => sum + point.agency, 0) / points.length,
    communion: points.reduce((sum, point) => sum + point.communion, 0) / points.length,
  };
}

/** Restarting the year: a button that opens an in-place confirmation. */
function restartControl(strings: Strings, restart: () => void): HTMLElement {
  const wrap = el('div', 'year__restart');
  const open = el('button', 'button button--plain', strings.restartYear, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'year-confirm' });
  const confirm = el('div', 'confirm', undefined, { id: 'year-confirm', role: 'group', 'aria-labelledby': 'year-confirm-title' });
  confirm.hidden = true;
  const title = el('p', 'confirm__title', strings.restartYearConfirm, { id: 'year-confirm-title', tabindex: '-1' });
  const yes = el('button', 'button button--danger', strings.restartYearYes, { type: 'button' });
  const cancel = el('button', 'button button--plain', strings.clearDataCancel, { type: 'button' });
  const buttons = el('div', 'screen__actions');
  buttons.append(yes, cancel);
  confirm.append(title, buttons);
  const setOpen = (shown: boolean) => {
    confirm.hidden = !shown;
    open.setAttribute('aria-expanded', String(shown));
  };
  open.addEventListener('click', () => {
    setOpen(true);
    title.focus();
  });
  cancel.addEventListener('click', () => {
    setOpen(false);
    open.focus();
  });
  yes.addEventListener('click', restart);
  wrap.append(open, confirm);
  return wrap;
}

export function createYearScreen(input: YearScreenInput, lang: Language, strings: Strings, actions: YearScreenActions): HTMLElement {
  const root = el('article', 'year', undefined, { 'aria-labelledby': 'year-title' });
  const heading = el('h2', 'year__title', input.title, { id: 'year-title', tabindex: '-1' });
  root.append(el('p', 'ending__kicker', strings.schoolYear), heading, el('p', 'year__summary', input.summary));
  queueMicrotask(() => {
    if (heading.isConnected) heading.focus();
  });
  if (input.notice) root.append(el('p', 'play__notice', input.notice, { role: 'status' }));

  const done = input.chapters.filter((chapter) => chapter.state === 'done').length;
  root.append(el('p', 'year__progress', strings.chaptersDone(done, input.chapters.length)), chapterList(input.chapters, strings));

  const nextIndex = input.chapters.findIndex((chapter) => chapter.state === 'next' || chapter.state === 'in-progress');
  const next = input.chapters[nextIndex];
  if (next) {
    const part = section('year-next', `${nextIndex + 1}. ${next.season}: ${next.title}`);
    if (input.interlude) part.append(el('h4', 'year__subheading', strings.meanwhileInYear), el('p', 'narration', input.interlude));
    const play = el('button', 'button year__play', next.state === 'in-progress' ? strings.continueChapter(nextIndex + 1) : strings.playChapter(nextIndex + 1), { type: 'button' });
    play.addEventListener('click', actions.playNext);
    part.append(play);
    root.append(part);
  }
  if (input.debrief) root.append(yearDebriefSection(input.debrief, lang, strings));

  const buttons = el('div', 'ending__actions');
  const back = el('button', 'button button--plain', strings.backToSituations, { type: 'button' });
  back.addEventListener('click', actions.back);
  buttons.append(back);
  root.append(buttons);
  if (done > 0 || next?.state === 'in-progress') root.append(restartControl(strings, actions.restart));
  return root;
}
