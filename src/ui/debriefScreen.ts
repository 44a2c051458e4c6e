/**
 * The debrief: where the learning happens. Shows the ending and its notes, the score and its five parts
 * each with a sentence of why, the Roos van Leary with the lesson's trajectory (and a what-if's beside
 * it), the class profile the lesson resembles, a class map coloured by closeness and conflict, the pupils
 * overlooked, the frame-of-reference question, the myth with what this path showed and the evidence, the
 * reflection questions with text boxes, the decisions to branch from ("what if"), and the export (a
 * nickname, the results file as JSON or CSV, print or PDF). It shows what it is given and reports what the
 * player does; building and saving a file is the caller's.
 *
 * Feedback modes (a lecturer's assignment sets them): 'full' shows everything; 'words' shows no numbers
 * (no score, points or meters, no numbers on the class map) but keeps the Roos, the sentences, the myth;
 * 'reflection' shows only the ending's narration, the reflection questions and the export, so a group
 * can discuss before anyone sees feedback. print.css lays the debrief out for paper.
 *
 * A run a whole group played (projector mode) gets "Wat de groep koos" in every mode, right after the
 * ending: per counted decision the split ("De groep koos 12 / 9 / 3; jullie volgden de meerderheid") and
 * the options with their votes, the one followed marked. How the group voted is not feedback.
 */
import type { CirclePosition } from '../core/model/types.ts';
import { NICKNAME_MAX, REFLECTION_ANSWER_MAX } from '../core/results/buildResult.ts';
import type { FeedbackMode } from '../core/results/resultFile.ts';
import type { Debrief } from '../core/session/debrief.ts';
import type { GroupDecision } from '../core/session/groupDebrief.ts';
import { SCORE_PART_LABELS } from '../core/session/debrief.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { el } from './dom.ts';
import { renderRoos, type RoosTrajectory } from './roos.ts';
import type { Strings } from './strings.ts';
import './print.css';

/** A decision of the run, with the other options there were at that moment. */
export interface DecisionPoint {
  /** How many events came before it (the point to rewind to). */
  eventIndex: number;
  situation: string;
  chosen: string;
  others: { label: string; key: string }[];
}

export interface DebriefActions {
  /** Plays the situation again; absent for a chapter of a school year, which is played once in its year. */
  again?(): void;
  back(): void;
  /** Keeps a reflection as the player types. */
  reflect(index: number, text: string): void;
  /** Plays on from a decision with another option. */
  whatIf(eventIndex: number, optionKey: string): void;
  /** Builds the results file with the nickname typed (may be empty) and hands it to the player. */
  exportResult?(kind: 'json' | 'csv', nickname: string): void;
}

export interface DebriefInput {
  debrief: Debrief;
  /** The run being shown is itself a what-if: its original run's trajectory is drawn beside it. */
  original?: { trajectory: CirclePosition[]; mean: CirclePosition };
  reflections: Record<string, string>;
  decisions: DecisionPoint[];
  /** The back button's words when it does not go back to the situations (a school year's chapter). */
  backLabel?: string;
  /** How much feedback to show; 'full' when absent. */
  feedback?: FeedbackMode;
  /** The situation's title, printed at the top of the page. */
  situation?: string;
  /** Set for a run a whole group played: how the group voted at each decision counted (may be none). */
  group?: GroupDecision[];
}

function section(id: string, heading: string): HTMLElement {
  const part = el('section', 'debrief__section', undefined, { 'aria-labelledby': id });
  part.append(el('h3', 'debrief__heading', heading, { id }));
  return part;
}

/** A pupil's colour on the class map: green for closeness, red for conflict, pale when neither. */
function mapColour(closeness: number, conflict: number): string {
  const hue = conflict > closeness ? 8 : 140;
  const strength = Math.max(closeness, conflict);
  return `hsl(${hue} ${Math.round(30 + strength * 45)}% ${Math.round(92 - strength * 40)}%)`;
}

/** The score and its parts, the Roos, the class map, the frame of reference and the myth; without numbers for 'words'. */
function feedbackSections(input: DebriefInput, lang: Language, strings: Strings, numbers: boolean): HTMLElement[] {
  const { debrief } = input;
  const sections: HTMLElement[] = [];
  const score = section('debrief-score', numbers ? strings.score(debrief.score.total) : strings.howItWent);
  const parts = el('dl', 'debrief__parts');
  for (const [part, label] of Object.entries(SCORE_PART_LABELS) as [keyof typeof SCORE_PART_LABELS, { nl: string; en: string }][]) {
    const value = debrief.score.parts[part];
    const term = el('dt', 'debrief__part');
    term.append(el('span', '', label[lang]));
    if (numbers) {
      term.append(
        el('span', 'debrief__points', strings.points(debrief.score.points[part])),
        el('meter', 'debrief__meter', undefined, { min: '0', max: '1', value: value.toFixed(2), 'aria-label': label[lang] }),
      );
    }
    parts.append(term, el('dd', 'debrief__why', debrief.why[part]));
  }
  score.append(parts);
  if (numbers && debrief.score.overlookedPenalty > 0) {
    score.append(el('p', 'debrief__overlooked', strings.overlookedPenalty(Math.round(debrief.score.overlookedPenalty), debrief.overlooked.join(', '))));
  } else if (!numbers && debrief.overlooked.length > 0) {
    score.append(el('p', 'debrief__overlooked', strings.overlookedWords(debrief.overlooked.join(', '))));
  }
  sections.push(score);

  const circle = section('debrief-roos', strings.roos);
  const trajectories: RoosTrajectory[] = [
    { label: input.original ? strings.thisBranch : strings.yourLesson, points: debrief.trajectory, mean: debrief.score.meanPosition, style: 'main' },
  ];
  if (input.original) trajectories.push({ label: strings.firstTime, points: input.original.trajectory, mean: input.original.mean, style: 'other' });
  circle.append(renderRoos(trajectories, lang, strings.roos, { numbers }));
  const legend = el('ul', 'roos__legend');
  legend.append(...trajectories.map((t) => el('li', `roos__legend-item roos__legend-item--${t.style}`, t.label)));
  circle.append(legend, el('p', '', strings.resembles(debrief.classProfile)));
  sections.push(circle);

  const map = section('debrief-map', strings.classMap);
  const grid = el('ul', 'class-map');
  for (const pupil of debrief.classMap) {
    const item = el('li', `class-map__pupil${pupil.takesPart ? '' : ' class-map__pupil--quiet'}${pupil.overlooked ? ' class-map__pupil--overlooked' : ''}`);
    item.style.background = mapColour(pupil.closeness, pupil.conflict);
    item.append(el('span', 'class-map__name', pupil.name));
    if (numbers) item.append(el('span', 'class-map__numbers', strings.closenessConflict(pupil.closeness, pupil.conflict)));
    // What paleness shows, said for those who do not see it.
    if (!pupil.takesPart) item.append(el('span', 'visually-hidden', strings.classMapQuiet));
    if (pupil.overlooked) item.append(el('span', 'class-map__flag', strings.overlookedFlag));
    grid.append(item);
  }
  map.append(grid, el('p', 'debrief__note', strings.classMapHelp));
  sections.push(map);

  if (debrief.frameOfReference) {
    const frame = section('debrief-frame', strings.frameOfReference);
    frame.append(el('p', '', debrief.frameOfReference));
    sections.push(frame);
  }

  const myth = section('debrief-myth', strings.theMyth);
  myth.append(el('blockquote', 'debrief__myth', debrief.myth.statement));
  const mythNotes = el('ul', '');
  mythNotes.append(...debrief.myth.notes.map((note) => el('li', '', note)));
  myth.append(mythNotes, el('h4', 'debrief__subheading', strings.evidence));
  const sources = el('ul', 'debrief__evidence');
  for (const item of debrief.evidence) {
    const entry = el('li', '');
    entry.append(el('cite', '', item.source), document.createTextNode(' — '), el('span', '', item.note));
    sources.append(entry);
  }
  myth.append(sources);
  sections.push(myth);
  return sections;
}

/** "Wat de groep koos": per counted decision the moment, the split and whether the majority was followed, and the options with their votes. */
function groupSection(decisions: readonly GroupDecision[], strings: Strings): HTMLElement {
  const part = section('debrief-group', strings.groupChose);
  part.classList.add('debrief__group');
  if (decisions.length === 0) {
    part.append(el('p', 'debrief__note', strings.groupNothingCounted));
    return part;
  }
  part.append(el('p', 'debrief__note', strings.groupChoseIntro));
  const list = el('ol', 'group-tallies');
  for (const decision of decisions) {
    const split = decision.options.map((option) => option.count).join(' / ');
    const sentence =
      decision.outcome === 'majority' ? strings.groupSplitMajority(split) : decision.outcome === 'tied' ? strings.groupSplitTied(split) : strings.groupSplitMinority(split);
    const item = el('li', 'group-tallies__decision');
    item.append(el('p', 'what-if__situation', decision.situation), el('p', 'group-tallies__split', sentence));
    const options = el('ul', 'group-tallies__options');
    decision.options.forEach((option, position) => {
      const followed = position === decision.followed;
      const line = el('li', `group-tallies__option${followed ? ' group-tallies__option--followed' : ''}`);
      line.append(el('span', 'choice__key', String(position + 1)), ' ', el('span', '', option.text), ' ', el('span', 'group-tallies__count', strings.groupVotes(option.count)));
      if (followed) line.append(' ', el('span', 'runs__tag', strings.groupFollowedTag));
      options.append(line);
    });
    item.append(options);
    list.append(item);
  }
  part.append(list);
  return part;
}

/** A nickname (optional: no real name is asked for), the two downloads, and print. */
function exportSection(strings: Strings, exportResult: NonNullable<DebriefActions['exportResult']>, nicknameChanged: (nickname: string) => void): HTMLElement {
  const part = section('debrief-export', strings.exportHeading);
  part.classList.add('debrief__export');
  const label = el('label', 'export__label', strings.nicknameLabel, { for: 'export-nickname' });
  const nickname = el('input', 'export__nickname', undefined, {
    id: 'export-nickname',
    type: 'text',
    maxlength: String(NICKNAME_MAX),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  nickname.addEventListener('input', () => nicknameChanged(nickname.value));
  const buttons = el('div', 'export__buttons');
  for (const [text, go] of [
    [strings.downloadJson, () => exportResult('json', nickname.value)],
    [strings.downloadCsv, () => exportResult('csv', nickname.value)],
    [strings.printDebrief, () => window.print()],
  ] as const) {
    const button = el('button', 'button button--plain', text, { type: 'button' });
    button.addEventListener('click', go);
    buttons.append(button);
  }
  part.append(el('p', 'debrief__note', strings.exportIntro), label, nickname, buttons);
  return part;
}

export function createDebriefScreen(input: DebriefInput, lang: Language, strings: Strings, actions: DebriefActions): HTMLElement {
  const { debrief } = input;
  const feedback = input.feedback ?? 'full';
  const numbers = feedback === 'full';
  const root = el('article', `debrief debrief--${feedback}`, undefined, { 'aria-labelledby': 'debrief-title' });
  root.append(el('p', 'ending__kicker', strings.debrief), el('h2', 'ending__title', debrief.ending?.title ?? '', { id: 'debrief-title', tabindex: '-1' }));
  // On paper only: which situation, and who (when a nickname is typed below).
  const printHeader = el('div', 'print-only debrief__print-header');
  if (input.situation) printHeader.append(el('p', '', strings.printSituation(input.situation)));
  const printNickname = el('p', '');
  printHeader.append(printNickname);
  root.append(printHeader);
  if (debrief.ending) {
    root.append(el('p', 'narration', debrief.ending.narration));
    if (feedback !== 'reflection') {
      const notes = el('ul', 'ending__notes');
      notes.append(...debrief.ending.notes.map((note) => el('li', '', note)));
      root.append(notes);
    }
  }
  if (input.group) root.append(groupSection(input.group, strings));
  if (feedback === 'reflection') root.append(el('p', 'debrief__note', strings.reflectionFirst));
  else root.append(...feedbackSections(input, lang, strings, numbers));

  const reflect = section('debrief-reflect', strings.reflect);
  debrief.reflection.forEach((question, index) => {
    const id = `reflection-${index}`;
    const label = el('label', 'reflection__question', question, { for: id });
    const box = el('textarea', 'reflection__answer', undefined, { id, rows: '3', maxlength: String(REFLECTION_ANSWER_MAX) });
    box.value = input.reflections[String(index)] ?? '';
    // A textarea prints as a box cut at its rows; on paper the answer is shown as text instead.
    const printed = el('p', 'print-only reflection__printed', box.value);
    box.addEventListener('input', () => {
      printed.textContent = box.value;
      actions.reflect(index, box.value);
    });
    reflect.append(label, box, printed);
  });
  root.append(reflect);

  if (feedback !== 'reflection' && input.decisions.length > 0) {
    const whatIf = section('debrief-whatif', strings.whatIf);
    whatIf.append(el('p', 'debrief__note', strings.whatIfHelp));
    const list = el('ol', 'what-if');
    for (const decision of input.decisions) {
      const item = el('li', 'what-if__decision');
      item.append(el('p', 'what-if__situation', decision.situation), el('p', 'what-if__chosen', strings.youChose(decision.chosen)));
      const options = el('div', 'what-if__options');
      for (const other of decision.others) {
        const button = el('button', 'button button--plain what-if__option', strings.tryInstead(other.label), { type: 'button' });
        button.addEventListener('click', () => actions.whatIf(decision.eventIndex, other.key));
        options.append(button);
      }
      item.append(options);
      list.append(item);
    }
    whatIf.append(list);
    root.append(whatIf);
  }

  if (actions.exportResult) {
    const showNickname = (nickname: string) => (printNickname.textContent = nickname.trim() ? strings.printNickname(nickname.trim()) : '');
    root.append(exportSection(strings, actions.exportResult, showNickname));
  }

  const buttons = el('div', 'ending__actions');
  if (actions.again) {
    const again = el('button', 'button', strings.playAgain, { type: 'button' });
    again.addEventListener('click', actions.again);
    buttons.append(again);
  }
  const back = el('button', 'button button--plain', input.backLabel ?? strings.backToSituations, { type: 'button' });
  back.addEventListener('click', actions.back);
  buttons.append(back);
  root.append(buttons);
  queueMicrotask(() => root.querySelector<HTMLElement>('#debrief-title')?.focus());
  return root;
}
