/**
 * The projector's tally form at one decision: per option shown, its number and text with a number input
 * ("how many chose this?") and a "Volg" radio; the option with the most votes is selected to follow as the
 * counts are typed (on a tie the first of them; option 1 while nothing is counted) until the lecturer picks
 * another. "Volg deze keuze" (or Enter in a count) follows the selected option with the counts;
 * "Sla over" follows it without counting. It reports what was typed; what a tally means is core's.
 */
import { countOf, majorityOf, MAX_GROUP_COUNT } from '../core/session/groupTallies.ts';
import type { ChoiceView } from '../core/session/view.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export interface TallyForm {
  element: HTMLFormElement;
  /** The first count, where the lecturer starts typing. */
  first: HTMLInputElement | undefined;
}

/**
 * `follow` gets the position (in `choices`) of the option to follow, and the counts typed (one per option,
 * undefined where left empty), or undefined when the lecturer skipped counting.
 */
export function createTallyForm(
  choices: readonly ChoiceView[],
  labelledBy: string,
  strings: Strings,
  follow: (position: number, counts: (number | undefined)[] | undefined) => void,
): TallyForm {
  const form = el('form', 'tally', undefined, { 'aria-labelledby': labelledBy, novalidate: '' });
  const list = el('ol', 'tally__list');
  const counts: HTMLInputElement[] = [];
  const radios: HTMLInputElement[] = [];
  choices.forEach((choice, position) => {
    const number = String(position + 1);
    const row = el('li', 'tally__row');
    const countId = `tally-count-${position}`;
    // Read as "Keuze 1: <text>"; seen as the number badge and the text.
    const option = el('label', 'tally__option', undefined, { for: countId });
    option.append(
      el('span', 'visually-hidden', `${strings.tallyOption} ${number}: `),
      el('span', 'choice__key', number, { 'aria-hidden': 'true' }),
      el('span', 'tally__text', choice.text),
    );
    const count = el('input', 'tally__count', undefined, {
      id: countId,
      type: 'number',
      min: '0',
      max: String(MAX_GROUP_COUNT),
      step: '1',
      inputmode: 'numeric',
      autocomplete: 'off',
      placeholder: '0',
    });
    const followLabel = el('label', 'tally__follow');
    const radio = el('input', 'tally__radio', undefined, { type: 'radio', name: 'tally-follow', value: String(position) });
    followLabel.append(radio, el('span', '', strings.tallyFollow), el('span', 'visually-hidden', ` ${strings.tallyOption.toLowerCase()} ${number}`));
    row.append(option, count, followLabel);
    list.append(row);
    counts.push(count);
    radios.push(radio);
  });

  const summary = el('p', 'tally__summary', strings.tallyNone, { 'aria-live': 'polite' });
  const buttons = el('div', 'tally__buttons');
  const confirm = el('button', 'button tally__confirm', strings.tallyConfirm, { type: 'submit' });
  const skip = el('button', 'button button--plain tally__skip', strings.tallySkip, { type: 'button' });
  buttons.append(confirm, skip);
  form.append(el('p', 'tally__help', strings.tallyHelp), list, summary, buttons);

  const typed = () => counts.map((input) => countOf(input.value));
  const selected = () => Math.max(0, radios.findIndex((radio) => radio.checked));
  /** Whether the lecturer picked the option to follow (then the counts no longer move the pick). */
  let picked = false;
  const update = () => {
    const now = typed().map((count) => count ?? 0);
    const most = majorityOf(now);
    if (!picked) radios[most ?? 0]!.checked = true;
    const total = now.reduce((sum, count) => sum + count, 0);
    summary.textContent = most === undefined ? strings.tallyNone : strings.tallySummary(total, most + 1, now[most]!);
  };
  radios[0]!.checked = true;
  for (const input of counts) input.addEventListener('input', update);
  for (const radio of radios) radio.addEventListener('change', () => (picked = true));

  let done = false;
  const finish = (withCounts: boolean) => {
    if (done) return;
    done = true;
    follow(selected(), withCounts ? typed() : undefined);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    finish(true);
  });
  skip.addEventListener('click', () => finish(false));
  return { element: form, first: counts[0] };
}
