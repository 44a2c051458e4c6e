/**
 * The settings screen: language, text size, reduced motion, time pressure, live meters, sound (mute and
 * volume), and "delete my data" for shared laptops, which first says exactly what goes and asks again in
 * place. Every change is reported at once as the whole new settings; the caller stores and applies them
 * (and may draw this screen anew, say in another language: the control last changed gets focus back).
 * It decides nothing and touches no storage.
 */
import type { Language } from '../core/scenario/vocabulary.ts';
import type { Settings } from '../core/settings.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface SettingsActions<S extends Settings> {
  change(next: S): void;
  clearData(): void;
  back(): void;
}

type Flag = 'reducedMotion' | 'timePressure' | 'meters' | 'muted';

/**
 * The id of the control whose change made the caller draw this screen anew; read while the new screen is
 * built (inside change()), so focus goes back where the player was rather than to the top.
 */
let focusAfterRedraw: string | undefined;

function radioGroup<V extends string>(
  name: string,
  legend: string,
  options: readonly { value: V; label: string; lang?: Language }[],
  selected: V,
  pick: (value: V) => void,
): HTMLFieldSetElement {
  const fieldset = el('fieldset', 'settings__group choice-set');
  fieldset.append(el('legend', 'choice-set__legend', legend));
  const row = el('div', 'choice-set__options choice-set__options--row');
  for (const { value, label, lang } of options) {
    const id = `settings-${name}-${value}`;
    const wrap = el('div', 'option');
    const input = el('input', 'option__input', undefined, { type: 'radio', name: `settings-${name}`, value, id });
    input.checked = value === selected;
    input.addEventListener('change', () => {
      if (input.checked) pick(value);
    });
    wrap.append(input, el('label', 'option__label', label, lang ? { for: id, lang } : { for: id }));
    row.append(wrap);
  }
  fieldset.append(row);
  return fieldset;
}

function checkbox(name: Flag, label: string, help: string | undefined, checked: boolean, toggle: (on: boolean) => void): HTMLElement {
  const id = `settings-${name}`;
  const wrap = el('div', 'settings__toggle');
  const row = el('div', 'option option--wide');
  const input = el('input', 'option__input', undefined, help ? { type: 'checkbox', id, 'aria-describedby': `${id}-help` } : { type: 'checkbox', id });
  input.checked = checked;
  input.addEventListener('change', () => toggle(input.checked));
  row.append(input, el('label', 'option__label', label, { for: id }));
  wrap.append(row);
  if (help) wrap.append(el('p', 'settings__help', help, { id: `${id}-help` }));
  return wrap;
}

/** Delete my data: a button that opens an in-place confirmation listing what will be deleted. */
function clearDataSection(strings: Strings, clearData: () => void): HTMLElement {
  const section = el('section', 'settings__group settings__data', undefined, { 'aria-labelledby': 'settings-data-title' });
  section.append(el('h3', 'settings__subheading', strings.clearDataHeading, { id: 'settings-data-title' }), el('p', 'settings__help', strings.clearDataIntro));
  const open = el('button', 'button button--plain', strings.clearData, { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'settings-confirm' });

  const confirm = el('div', 'confirm', undefined, { id: 'settings-confirm', role: 'group', 'aria-labelledby': 'settings-confirm-title' });
  confirm.hidden = true;
  const confirmTitle = el('p', 'confirm__title', strings.clearDataConfirm, { id: 'settings-confirm-title', tabindex: '-1' });
  const list = el('ul', 'confirm__list');
  list.append(...[strings.clearDataSaves, strings.clearDataRuns, strings.clearDataProfile, strings.clearDataSettings, strings.clearDataLab].map((item) => el('li', '', item)));
  const yes = el('button', 'button button--danger', strings.clearDataYes, { type: 'button' });
  const cancel = el('button', 'button button--plain', strings.clearDataCancel, { type: 'button' });
  const buttons = el('div', 'screen__actions');
  buttons.append(yes, cancel);
  confirm.append(confirmTitle, list, el('p', 'confirm__warning', strings.clearDataIrreversible), buttons);
  const done = el('p', 'settings__done', undefined, { role: 'status' });

  const setOpen = (shown: boolean) => {
    confirm.hidden = !shown;
    open.setAttribute('aria-expanded', String(shown));
  };
  open.addEventListener('click', () => {
    done.textContent = '';
    setOpen(true);
    confirmTitle.focus();
  });
  cancel.addEventListener('click', () => {
    setOpen(false);
    open.focus();
  });
  yes.addEventListener('click', () => {
    setOpen(false);
    open.focus();
    done.textContent = strings.clearDataDone;
    clearData();
  });
  section.append(open, confirm, done);
  return section;
}

export function createSettingsScreen<S extends Settings>(strings: Strings, settings: S, actions: SettingsActions<S>): HTMLElement {
  let current: S = { ...settings };
  const restore = focusAfterRedraw;
  const change = <K extends keyof Settings>(field: K, value: Settings[K], controlId: string) => {
    current = { ...current, [field]: value } as S;
    focusAfterRedraw = controlId;
    try {
      actions.change(current);
    } finally {
      focusAfterRedraw = undefined;
    }
  };

  const section = el('section', 'settings', undefined, { 'aria-labelledby': 'settings-title' });
  const heading = el('h2', 'screen__heading', strings.settingsLink, { id: 'settings-title', tabindex: '-1' });
  const form = el('form', 'settings__form');
  form.addEventListener('submit', (event) => event.preventDefault());

  const language = radioGroup(
    'lang',
    strings.settingsLanguage,
    [
      { value: 'nl', label: strings.languageNl, lang: 'nl' },
      { value: 'en', label: strings.languageEn, lang: 'en' },
    ],
    current.lang,
    (value) => change('lang', value, `settings-lang-${value}`),
  );
  const textSize = radioGroup(
    'text-size',
    strings.settingsTextSize,
    [
      { value: 'normaal', label: strings.textSizeNormaal },
      { value: 'groot', label: strings.textSizeGroot },
      { value: 'extra-groot', label: strings.textSizeExtraGroot },
    ] as const,
    current.textSize,
    (value) => change('textSize', value, `settings-text-size-${value}`),
  );
  const flag = (name: Flag, label: string, help?: string) =>
    checkbox(name, label, help, current[name], (on) => change(name, on, `settings-${name}`));

  const sound = el('fieldset', 'settings__group choice-set');
  sound.append(el('legend', 'choice-set__legend', strings.settingsSound), flag('muted', strings.settingsMuted));
  const volumeRow = el('div', 'settings__volume');
  const percent = Math.round(current.volume * 100);
  const volume = el('input', 'settings__range', undefined, { type: 'range', id: 'settings-volume', min: '0', max: '100', step: '5' });
  volume.value = String(percent);
  const shown = el('span', 'settings__value', strings.settingsVolumeValue(percent), { 'aria-hidden': 'true' });
  volume.addEventListener('input', () => {
    shown.textContent = strings.settingsVolumeValue(Number(volume.value));
    change('volume', Number(volume.value) / 100, 'settings-volume');
  });
  volumeRow.append(el('label', 'settings__label', strings.settingsVolume, { for: 'settings-volume' }), volume, shown);
  sound.append(volumeRow);

  form.append(
    language,
    textSize,
    flag('reducedMotion', strings.settingsReducedMotion, strings.settingsReducedMotionHelp),
    flag('timePressure', strings.settingsTimePressure, strings.settingsTimePressureHelp),
    flag('meters', strings.settingsMeters, strings.settingsMetersHelp),
    sound,
  );

  const buttons = el('div', 'screen__actions');
  const back = el('button', 'button', strings.back, { type: 'button' });
  back.addEventListener('click', () => actions.back());
  buttons.append(back);
  section.append(heading, form, clearDataSection(strings, () => actions.clearData()), buttons);

  // Arriving from another screen leaves focus nowhere: go back to the control just changed, else to the heading.
  queueMicrotask(() => {
    if (!section.isConnected || (document.activeElement !== null && document.activeElement !== document.body)) return;
    const control = restore ? section.querySelector<HTMLElement>(`#${restore}`) : null;
    (control ?? heading).focus();
  });
  return section;
}
