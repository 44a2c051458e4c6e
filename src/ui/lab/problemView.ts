/**
 * The lab's list of problems: one button per error or warning, saying where it is (line and column, and
 * the field path) and what is wrong; pressing it highlights that line in the editor. A run of the same
 * warning on many lines (a Dutch-only file: no English anywhere) is shown once, with the other lines named.
 */
import { gatherProblems, type ProblemItem } from '../../core/lab/problemList.ts';
import { el } from '../dom.ts';
import type { Strings } from '../strings.ts';

export function renderProblems(items: readonly ProblemItem[], strings: Strings, pick: (item: ProblemItem) => void): HTMLElement {
  const list = el('ul', 'lab-problems__list');
  for (const item of gatherProblems(items)) {
    const entry = el('li', `lab-problem lab-problem--${item.severity}`);
    const where = strings.labAt(item.line, item.column);
    const kind = item.severity === 'error' ? strings.labError : strings.labWarning;
    const button = el('button', 'lab-problem__button', undefined, { type: 'button', 'data-line': String(item.line), 'data-severity': item.severity });
    // The spaces between the parts are text, so the button's accessible name reads as sentences.
    button.append(
      el('span', 'lab-problem__kind', `${kind} · `),
      el('span', 'lab-problem__where', `${where}:`),
      ' ',
      el('span', 'lab-problem__message', item.message),
    );
    if (item.path) button.append(' ', el('span', 'lab-problem__path', item.path));
    if (item.alsoAt.length > 0) button.append(' ', el('span', 'lab-problem__also', strings.labAlsoAt(item.alsoAt.length, item.alsoAt.slice(0, 8).join(', '))));
    button.addEventListener('click', () => pick(item));
    entry.append(button);
    list.append(entry);
  }
  return list;
}
