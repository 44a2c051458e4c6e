/**
 * A minimal end screen: the ending, its debrief notes and the score with its parts, until the full
 * debrief replaces it. Shows what it is given; computes nothing.
 */
import type { Debrief } from '../core/session/debrief.ts';
import { SCORE_PART_LABELS } from '../core/session/debrief.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export function createEndScreen(debrief: Debrief, lang: Language, strings: Strings, actions: { again(): void; back(): void }): HTMLElement {
  const section = el('section', 'ending', undefined, { 'aria-labelledby': 'ending-title' });
  section.append(el('p', 'ending__kicker', strings.ending), el('h2', 'ending__title', debrief.ending?.title ?? '', { id: 'ending-title' }));
  if (debrief.ending) {
    section.append(el('p', 'narration', debrief.ending.narration));
    const notes = el('ul', 'ending__notes');
    notes.append(...debrief.ending.notes.map((note) => el('li', '', note)));
    section.append(notes);
  }
  section.append(el('h3', 'ending__score', strings.score(debrief.score.total)));
  const parts = el('dl', 'ending__parts');
  for (const [part, label] of Object.entries(SCORE_PART_LABELS) as [keyof typeof SCORE_PART_LABELS, { nl: string; en: string }][]) {
    parts.append(el('dt', '', label[lang]), el('dd', '', `${Math.round(debrief.score.parts[part] * 100)}%`));
  }
  section.append(parts);
  const buttons = el('div', 'ending__actions');
  const again = el('button', 'button', strings.playAgain, { type: 'button' });
  const back = el('button', 'button button--plain', strings.backToSituations, { type: 'button' });
  again.addEventListener('click', actions.again);
  back.addEventListener('click', actions.back);
  buttons.append(again, back);
  section.append(buttons);
  queueMicrotask(() => again.focus());
  return section;
}
