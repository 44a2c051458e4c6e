/**
 * The pupils' names over the canvas, in the DOM: one focusable element per visible pupil, placed over the
 * pupil's head, in a single roving-tabindex group ("De klas" / "The class": one tab stop; arrow keys move
 * between pupils, Up and Down by rows in the classroom, Home and End to the ends). Each element's accessible
 * name is the pupil's name and visible state in words; hover, focus or a tap shows the name in a small tooltip.
 * Text goes in with textContent only. The scene tells it where heads are; it knows nothing of Phaser.
 */
import type { Language } from '../core/scenario/vocabulary.ts';

export interface NameEntry {
  id: string;
  name: string;
  /** The visible state in words. */
  state: string;
  /** Name and state, the accessible name. */
  label: string;
}

const GROUP_LABEL: Readonly<Record<Language, string>> = { nl: 'De klas', en: 'The class' };

interface Item {
  element: HTMLDivElement;
  name: HTMLSpanElement;
  state: HTMLSpanElement;
  visible: boolean;
  placed: string;
}

export class NameLayer {
  readonly element: HTMLDivElement;
  private readonly items = new Map<string, Item>();
  private order: string[] = [];
  private active: string | undefined;
  private columns = 0;

  constructor(lang: Language) {
    this.element = document.createElement('div');
    this.element.className = 'kd-names';
    this.element.setAttribute('role', 'group');
    this.setLang(lang);
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.element.addEventListener('focusin', (event) => {
      const id = (event.target as HTMLElement).dataset.pupil;
      if (id) this.activate(id, false);
    });
  }

  setLang(lang: Language): void {
    this.element.setAttribute('aria-label', GROUP_LABEL[lang]);
  }

  /** The pupils in keyboard order; `columns` is the row length for Up/Down (0: no rows). */
  setPupils(entries: readonly NameEntry[], columns: number): void {
    this.columns = columns;
    const keep = new Set(entries.map((entry) => entry.id));
    for (const [id, item] of this.items) {
      if (!keep.has(id)) {
        item.element.remove();
        this.items.delete(id);
      }
    }
    for (const entry of entries) {
      const item = this.items.get(entry.id) ?? this.create(entry.id);
      if (item.name.textContent !== entry.name) item.name.textContent = entry.name;
      if (item.state.textContent !== entry.state) item.state.textContent = entry.state;
      if (item.element.getAttribute('aria-label') !== entry.label) item.element.setAttribute('aria-label', entry.label);
    }
    const order = entries.map((entry) => entry.id);
    // DOM order follows keyboard order (screen readers' browse mode). Moving a node blurs it, so only when the
    // order really changed: an update after every event must not take the focus away from a pupil.
    const inDom = [...this.element.children].map((child) => (child as HTMLElement).dataset.pupil);
    if (inDom.length !== order.length || inDom.some((id, i) => id !== order[i])) {
      order.forEach((id) => this.element.append(this.items.get(id)!.element));
    }
    this.order = order;
    this.refreshTabStop();
  }

  setVisible(id: string, visible: boolean): void {
    const item = this.items.get(id);
    if (!item || item.visible === visible) return;
    item.visible = visible;
    item.element.hidden = !visible;
    if (!visible && this.active === id) this.active = undefined;
    this.refreshTabStop();
  }

  /** Places a pupil's element centred on (x, y) with a square of `size`, in CSS pixels of the layer. */
  place(id: string, x: number, y: number, size: number): void {
    const item = this.items.get(id);
    if (!item) return;
    const key = `${Math.round(x)},${Math.round(y)},${Math.round(size)}`;
    if (key === item.placed) return;
    item.placed = key;
    const style = item.element.style;
    style.left = `${Math.round(x - size / 2)}px`;
    style.top = `${Math.round(y - size / 2)}px`;
    style.width = `${Math.round(size)}px`;
    style.height = `${Math.round(size)}px`;
  }

  destroy(): void {
    this.element.remove();
    this.items.clear();
  }

  private create(id: string): Item {
    const element = document.createElement('div');
    element.className = 'kd-pupil';
    element.dataset.pupil = id;
    element.setAttribute('role', 'img');
    element.tabIndex = -1;
    const tip = document.createElement('span');
    tip.className = 'kd-pupil__tip';
    tip.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'kd-pupil__name';
    const state = document.createElement('span');
    state.className = 'kd-pupil__state';
    tip.append(name, state);
    element.append(tip);
    // A tap focuses the pupil, so the name shows on a tablet too (the browser does this for a mouse already).
    element.addEventListener('pointerdown', (event) => this.activate(id, event.pointerType !== 'mouse'));
    const item: Item = { element, name, state, visible: true, placed: '' };
    this.items.set(id, item);
    return item;
  }

  private visibleOrder(): string[] {
    return this.order.filter((id) => this.items.get(id)?.visible);
  }

  private refreshTabStop(): void {
    const visible = this.visibleOrder();
    if (!this.active || !visible.includes(this.active)) this.active = visible[0];
    for (const [id, item] of this.items) item.element.tabIndex = id === this.active ? 0 : -1;
  }

  private activate(id: string, focus: boolean): void {
    this.active = id;
    for (const [other, item] of this.items) item.element.tabIndex = other === id ? 0 : -1;
    if (focus) this.items.get(id)?.element.focus();
  }

  private onKey(event: KeyboardEvent): void {
    const visible = this.visibleOrder();
    if (visible.length === 0 || !this.active) return;
    const at = Math.max(0, visible.indexOf(this.active));
    const seatOf = (id: string) => this.order.indexOf(id);
    let next: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = visible[Math.min(visible.length - 1, at + 1)];
        break;
      case 'ArrowLeft':
        next = visible[Math.max(0, at - 1)];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        const step = event.key === 'ArrowUp' ? 1 : -1;
        if (this.columns <= 0) {
          next = visible[Math.min(visible.length - 1, Math.max(0, at + step))];
          break;
        }
        // Up goes to the row behind (further from the teacher), to the nearest visible seat in that column.
        const target = seatOf(this.active) + step * this.columns;
        next = visible.reduce<string | undefined>((best, id) => {
          if (Math.sign(seatOf(id) - seatOf(this.active!)) !== step) return best;
          if (best === undefined) return id;
          return Math.abs(seatOf(id) - target) < Math.abs(seatOf(best) - target) ? id : best;
        }, undefined);
        break;
      }
      case 'Home':
        next = visible[0];
        break;
      case 'End':
        next = visible[visible.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.activate(next, true);
  }
}
