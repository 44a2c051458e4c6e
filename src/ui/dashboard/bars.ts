/**
 * A horizontal bar chart made of list items: each row's label and count are text (what a screen reader
 * and a projector audience read), the bar beside them only repeats the share and is hidden from
 * assistive tech. Widths are set through the CSSOM, which the page's Content Security Policy allows.
 */
import { el } from '../dom.ts';

export interface BarRow {
  label: string;
  count: number;
  /** The count as words ("5 van 12"). */
  countText: string;
  /** Marks a row apart (a time-up, an option nobody took). */
  modifier?: string;
  /** A line under the label (how many of the count came from a group's votes). */
  note?: string;
}

/** Bars scaled to `scale` (the number that fills a whole bar: those who reached a point, or the largest count). */
export function renderBars(rows: readonly BarRow[], scale: number, label: string): HTMLUListElement {
  const list = el('ul', 'dashboard-bars', undefined, { 'aria-label': label });
  for (const row of rows) {
    const item = el('li', `dashboard-bar${row.modifier ? ` dashboard-bar--${row.modifier}` : ''}`);
    const track = el('span', 'dashboard-bar__track', undefined, { 'aria-hidden': 'true' });
    const fill = el('span', 'dashboard-bar__fill');
    fill.style.width = `${scale > 0 ? Math.min(100, (row.count / scale) * 100) : 0}%`;
    track.append(fill);
    const label = el('span', 'dashboard-bar__label', row.label);
    if (row.note) label.append(' ', el('span', 'dashboard-bar__note', row.note));
    item.append(label, track, el('span', 'dashboard-bar__count', row.countText));
    list.append(item);
  }
  return list;
}
