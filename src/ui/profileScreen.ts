/**
 * The player's teacher profile as a form: what it is for (one reflection question afterwards, never
 * points, kept on this device only), checkboxes for up to MAX_PROFILE_INTERESTS interests (the rest
 * disable when that many are checked, and a live hint says so) and radio buttons for a temperament. On
 * submit (the button or Enter) it reports the profile, or explains inline that a temperament is missing.
 * It shows and reports; storing the profile is the caller's job.
 */
import type { PlayerProfile } from '../core/model/types.ts';
import {
  INTEREST_LABELS,
  INTERESTS,
  MAX_PROFILE_INTERESTS,
  TEMPERAMENT_LABELS,
  TEMPERAMENTS,
  type Interest,
  type Language,
  type Temperament,
} from '../core/scenario/vocabulary.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface ProfileActions {
  save(profile: PlayerProfile): void;
  /** When given, a button to go on without a profile. */
  skip?(): void;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One checkbox or radio button with its label beside it. */
function option(type: 'checkbox' | 'radio', name: string, value: string, label: string, checked: boolean): { wrap: HTMLElement; input: HTMLInputElement } {
  const id = `profile-${name}-${value}`;
  const wrap = el('div', 'option');
  const input = el('input', 'option__input', undefined, { type, name, value, id });
  input.checked = checked;
  wrap.append(input, el('label', 'option__label', capitalise(label), { for: id }));
  return { wrap, input };
}

export function createProfileScreen(strings: Strings, lang: Language, current: PlayerProfile | undefined, actions: ProfileActions): HTMLElement {
  const section = el('section', 'profile', undefined, { 'aria-labelledby': 'profile-title' });
  const heading = el('h2', 'screen__heading', strings.profileHeading, { id: 'profile-title', tabindex: '-1' });
  section.append(heading, el('p', 'profile__intro', strings.profileIntro));

  const form = el('form', 'profile__form');

  const interests = el('fieldset', 'choice-set', undefined, { 'aria-describedby': 'profile-interests-help profile-interests-count' });
  interests.append(
    el('legend', 'choice-set__legend', strings.profileInterests),
    el('p', 'choice-set__help', strings.profileInterestsHelp(MAX_PROFILE_INTERESTS), { id: 'profile-interests-help' }),
  );
  const interestGrid = el('div', 'choice-set__options');
  const chosen = new Set((current?.interests ?? []).slice(0, MAX_PROFILE_INTERESTS));
  const boxes = INTERESTS.map((interest) => {
    const { wrap, input } = option('checkbox', 'interest', interest, INTEREST_LABELS[interest][lang], chosen.has(interest));
    interestGrid.append(wrap);
    return input;
  });
  const count = el('p', 'choice-set__count', undefined, { id: 'profile-interests-count', 'aria-live': 'polite' });
  interests.append(interestGrid, count);

  const updateInterests = () => {
    const checked = boxes.filter((box) => box.checked).length;
    const full = checked >= MAX_PROFILE_INTERESTS;
    for (const box of boxes) box.disabled = full && !box.checked;
    count.textContent = full ? strings.profileInterestsFull(MAX_PROFILE_INTERESTS) : strings.profileInterestsCount(checked, MAX_PROFILE_INTERESTS);
  };
  interestGrid.addEventListener('change', updateInterests);
  updateInterests();

  const temperament = el('fieldset', 'choice-set', undefined, { 'aria-describedby': 'profile-temperament-help profile-error' });
  temperament.append(
    el('legend', 'choice-set__legend', strings.profileTemperament),
    el('p', 'choice-set__help', strings.profileTemperamentHelp, { id: 'profile-temperament-help' }),
  );
  const temperamentGrid = el('div', 'choice-set__options');
  const radios = TEMPERAMENTS.map((key) => {
    const { wrap, input } = option('radio', 'temperament', key, TEMPERAMENT_LABELS[key][lang], current?.temperament === key);
    temperamentGrid.append(wrap);
    return input;
  });
  const error = el('p', 'form__error', undefined, { id: 'profile-error', role: 'alert' });
  temperament.append(temperamentGrid, error);
  temperamentGrid.addEventListener('change', () => {
    error.textContent = '';
    temperament.classList.remove('choice-set--invalid');
  });

  const buttons = el('div', 'screen__actions');
  buttons.append(el('button', 'button', strings.profileSave, { type: 'submit' }));
  if (actions.skip) {
    const skip = el('button', 'button button--plain', strings.profileSkip, { type: 'button' });
    skip.addEventListener('click', () => actions.skip?.());
    buttons.append(skip);
  }

  form.append(interests, temperament, buttons);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = radios.find((radio) => radio.checked)?.value as Temperament | undefined;
    if (!picked) {
      error.textContent = strings.profileNeedTemperament;
      temperament.classList.add('choice-set--invalid');
      radios[0]?.focus();
      return;
    }
    const interestsChosen = boxes.filter((box) => box.checked).map((box) => box.value as Interest);
    actions.save({ interests: interestsChosen.slice(0, MAX_PROFILE_INTERESTS), temperament: picked });
  });
  section.append(form);

  // Arriving from another screen leaves focus nowhere: start reading at this screen's heading.
  queueMicrotask(() => {
    if (heading.isConnected && (document.activeElement === null || document.activeElement === document.body)) heading.focus();
  });
  return section;
}
