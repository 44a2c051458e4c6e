/**
 * "Opdracht maken" on the lecturers' page: the lecturer picks what to play (situations, or a school year),
 * the language, the feedback mode, time pressure and a title of their own; the page answers at once with
 * the link (to copy), its QR code and the printable handout. Nothing leaves the page: the assignment
 * lives in the link's fragment (core/assignment). Text goes in as text only.
 */
import './assignment.css';
import { assignmentUrl, cleanTitle, MAX_SITUATIONS, MAX_TITLE_LENGTH, type Assignment, type FeedbackMode } from '../core/assignment/index.ts';
import { qrMatrix } from '../core/qr/matrix.ts';
import type { SchoolYear, Scenario } from '../core/scenario/schema.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { createHandout } from './assignmentHandout.ts';
import { assignmentView } from './assignmentView.ts';
import { el } from './dom.ts';
import { qrCodeSvg } from './qrCode.ts';
import type { Strings } from './strings.ts';

export interface AssignmentMakerInput {
  scenarios: readonly Scenario[];
  years: readonly SchoolYear[];
  /** The game's address; links are built on it. */
  base: string;
  /** The page's language, also the assignment's until the lecturer picks another. */
  lang: Language;
}

export interface AssignmentMakerActions {
  /** Opens the print dialog; window.print() unless given (tests). */
  print?(): void;
  /** Puts the link on the clipboard; navigator.clipboard unless given (tests). */
  copy?(text: string): Promise<void>;
}

interface Choice {
  value: string;
  label: string;
  help?: string;
}

/** A fieldset of radio buttons or checkboxes as tiles; each input carries its value. */
function choiceSet(kind: 'radio' | 'checkbox', name: string, legend: string, choices: readonly Choice[], help?: string): HTMLFieldSetElement {
  const fieldset = el('fieldset', 'choice-set assignment-maker__set');
  fieldset.append(el('legend', 'choice-set__legend', legend));
  if (help) fieldset.append(el('p', 'choice-set__help', help));
  const options = el('div', 'choice-set__options assignment-maker__options');
  for (const choice of choices) {
    const id = `${name}-${choice.value}`;
    const wrap = el('div', 'option');
    const input = el('input', 'option__input', undefined, { type: kind, name, value: choice.value, id });
    const label = el('label', 'option__label assignment-maker__label', undefined, { for: id });
    label.append(el('span', 'assignment-maker__choice', choice.label));
    if (choice.help) label.append(el('span', 'assignment-maker__choice-help', choice.help));
    wrap.append(input, label);
    options.append(wrap);
  }
  fieldset.append(options);
  return fieldset;
}

const inputsOf = (root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input')];
const checkedValue = (root: HTMLElement) => inputsOf(root).find((input) => input.checked)?.value;
function check(root: HTMLElement, value: string) {
  for (const input of inputsOf(root)) input.checked = input.value === value;
}

export function createAssignmentMaker(input: AssignmentMakerInput, strings: Strings, actions: AssignmentMakerActions = {}): HTMLElement {
  const { scenarios, years, base } = input;
  const section = el('section', 'assignment-maker', undefined, { 'aria-labelledby': 'assignment-maker-title' });
  section.append(el('h3', 'assignment-maker__title', strings.assignmentMake, { id: 'assignment-maker-title' }), el('p', 'assignment-maker__intro', strings.assignmentMakeIntro));

  const form = el('form', 'assignment-maker__form', undefined, { 'aria-labelledby': 'assignment-maker-title' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const kind = choiceSet('radio', 'assignment-kind', strings.assignmentWhat, [
    { value: 'situations', label: strings.assignmentKindSituations },
    ...years.map((year) => ({ value: `year:${year.id}`, label: strings.assignmentKindYear(year.title[input.lang] ?? year.title.nl) })),
  ]);
  const situations = choiceSet(
    'checkbox',
    'assignment-situation',
    strings.assignmentSituations,
    scenarios.map((scenario) => ({
      value: scenario.id,
      label: scenario.title[input.lang] ?? scenario.title.nl,
      help: `${scenario.level === 'lager' ? strings.levelLager : strings.levelSecundair} · ${strings.minutes(scenario.lessonMinutes)}`,
    })),
    strings.assignmentSituationsHelp(MAX_SITUATIONS),
  );
  const language = choiceSet('radio', 'assignment-lang', strings.settingsLanguage, [
    { value: 'nl', label: strings.languageNl },
    { value: 'en', label: strings.languageEn },
  ]);
  language.querySelectorAll('label').forEach((label, index) => label.setAttribute('lang', index === 0 ? 'nl' : 'en'));
  const feedback = choiceSet('radio', 'assignment-feedback', strings.assignmentFeedback, [
    { value: 'full', label: strings.feedbackFull, help: strings.feedbackFullHelp },
    { value: 'words', label: strings.feedbackWords, help: strings.feedbackWordsHelp },
    { value: 'reflection', label: strings.feedbackReflection, help: strings.feedbackReflectionHelp },
  ]);
  const time = choiceSet('checkbox', 'assignment-time', strings.settingsTimePressure, [{ value: 'on', label: strings.assignmentTimePressureOn }], strings.settingsTimePressureHelp);
  const titleField = el('div', 'choice-set assignment-maker__set assignment-maker__title-field');
  const titleInput = el('input', 'assignment-maker__title-input', undefined, {
    type: 'text',
    id: 'assignment-title',
    maxlength: String(MAX_TITLE_LENGTH),
    autocomplete: 'off',
    'aria-describedby': 'assignment-title-help',
  });
  titleField.append(
    el('label', 'choice-set__legend', strings.assignmentTitleLabel, { for: 'assignment-title' }),
    el('p', 'choice-set__help', strings.assignmentTitleHelp(MAX_TITLE_LENGTH), { id: 'assignment-title-help' }),
    titleInput,
  );
  check(kind, 'situations');
  check(language, input.lang);
  check(feedback, 'full');
  check(time, 'on');
  form.append(kind, situations, language, feedback, time, titleField);

  // What the lecturer gets: the link to copy, its QR code, the handout to print.
  const result = el('section', 'assignment-maker__result', undefined, { 'aria-labelledby': 'assignment-link-title' });
  const linkRow = el('div', 'assignment-maker__link-row');
  const link = el('input', 'assignment-maker__link', undefined, { type: 'text', id: 'assignment-link', readonly: '' });
  const copy = el('button', 'button', strings.assignmentCopy, { type: 'button' });
  linkRow.append(link, copy);
  const status = el('p', 'assignment-maker__status', undefined, { role: 'status' });
  const qrBox = el('div', 'assignment-maker__qr');
  const print = el('button', 'button button--plain', strings.printHandout, { type: 'button' });
  const preview = el('div', 'assignment-maker__preview');
  result.append(
    el('h4', 'assignment-maker__subheading', strings.assignmentLink, { id: 'assignment-link-title' }),
    el('label', 'assignment-maker__link-label', strings.assignmentLinkLabel, { for: 'assignment-link' }),
    linkRow,
    status,
    qrBox,
    print,
    el('h4', 'assignment-maker__subheading', strings.handoutPreview),
    preview,
  );
  section.append(form, result);

  /** The assignment the form describes, or why there is none yet. */
  function read(): { assignment: Assignment } | { problem: string } {
    const common = {
      lang: (checkedValue(language) === 'en' ? 'en' : 'nl') as Language,
      feedback: (checkedValue(feedback) ?? 'full') as FeedbackMode,
      timePressure: inputsOf(time)[0]!.checked,
    };
    const title = cleanTitle(titleInput.value);
    const withTitle = title !== undefined ? { ...common, title } : common;
    const picked = checkedValue(kind) ?? 'situations';
    if (picked.startsWith('year:')) return { assignment: { year: picked.slice('year:'.length), ...withTitle } };
    const ids = inputsOf(situations).filter((box) => box.checked).map((box) => box.value);
    if (ids.length === 0) return { problem: strings.assignmentNeedSituation };
    if (ids.length > MAX_SITUATIONS) return { problem: strings.assignmentTooMany(MAX_SITUATIONS) };
    return { assignment: { situations: ids, ...withTitle } };
  }

  function update() {
    const yearPicked = checkedValue(kind)?.startsWith('year:') ?? false;
    situations.disabled = yearPicked;
    const outcome = read();
    if ('problem' in outcome) {
      link.value = '';
      status.textContent = outcome.problem;
      status.classList.add('form__error');
      qrBox.replaceChildren();
      preview.replaceChildren();
      copy.disabled = true;
      print.disabled = true;
      return;
    }
    const url = assignmentUrl(base, outcome.assignment);
    link.value = url;
    status.textContent = '';
    status.classList.remove('form__error');
    copy.disabled = false;
    print.disabled = false;
    const matrix = qrMatrix(url);
    qrBox.replaceChildren(matrix ? qrCodeSvg(matrix, strings.qrLabel) : el('p', 'form__error', strings.qrTooLong));
    preview.replaceChildren(createHandout(assignmentView(outcome.assignment, scenarios, years), url, matrix));
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  link.addEventListener('focus', () => link.select());
  copy.addEventListener('click', () => {
    const text = link.value;
    const write = actions.copy ?? ((value: string) => (navigator.clipboard ? navigator.clipboard.writeText(value) : Promise.reject(new Error('no clipboard'))));
    write(text).then(
      () => {
        status.textContent = strings.assignmentCopied;
      },
      () => {
        link.focus();
        link.select();
        status.textContent = strings.assignmentCopyFailed;
      },
    );
  });
  print.addEventListener('click', () => (actions.print ?? (() => window.print()))());
  if (scenarios[0]) inputsOf(situations)[0]!.checked = true;
  update();
  return section;
}
