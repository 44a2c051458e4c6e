/**
 * The lecturer's guide to a scenario as a page of the game, to read on screen or print: the layout from
 * core/guide (the same as the standalone HTML of `klasdeur guide`) built with textContent only, under a
 * bar with "Druk af" (the browser's print dialog) and, when the caller gives one, "Terug". guide.css
 * hides the rest of the page on paper. Links inside the guide jump to the beat or ending they name
 * without touching the page's address. It shows what it is given; building the guide is core's job.
 */
import './guide.css';
import { labelsOf } from '../core/guide/labels.ts';
import { GUIDE_TITLE_ID, layoutGuide, type GuideNode, type GuideTag } from '../core/guide/layout.ts';
import type { GuideDocument } from '../core/guide/model.ts';
import { el } from './dom.ts';

export interface GuideScreenActions {
  /** Leaves the guide; without it there is no back button. */
  back?(): void;
  /** Opens the print dialog; window.print() unless given (tests). */
  print?(): void;
}

/** The game page has its own h1 (the masthead), so the guide's headings move one level down. */
const TAG_IN_PAGE: Readonly<Record<GuideTag, keyof HTMLElementTagNameMap>> = {
  article: 'article',
  header: 'header',
  section: 'section',
  div: 'div',
  h1: 'h2',
  h2: 'h3',
  h3: 'h4',
  h4: 'h5',
  h5: 'h6',
  p: 'p',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  dl: 'dl',
  dt: 'dt',
  dd: 'dd',
  blockquote: 'blockquote',
  strong: 'strong',
  em: 'em',
  span: 'span',
  a: 'a',
};

function build(node: GuideNode): HTMLElement {
  const attributes: Record<string, string> = {};
  if (node.id !== undefined) attributes.id = node.id;
  if (node.href !== undefined) attributes.href = node.href;
  if (node.lang !== undefined) attributes.lang = node.lang;
  const element = el(TAG_IN_PAGE[node.tag], node.className ?? '', undefined, attributes);
  for (const child of node.children) element.append(typeof child === 'string' ? document.createTextNode(child) : build(child));
  return element;
}

/** A jump inside the guide: scroll to the beat or ending and move focus there, leaving the address alone. */
function jumpWithin(root: HTMLElement, event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link || !root.contains(link)) return;
  const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(link.getAttribute('href')!.slice(1))}"]`);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

export function createGuideScreen(guide: GuideDocument, actions: GuideScreenActions = {}): HTMLElement {
  const labels = labelsOf(guide);
  const screen = el('section', 'guide-screen', undefined, { 'aria-labelledby': GUIDE_TITLE_ID });

  const toolbar = el('div', 'guide-screen__toolbar screen__actions');
  const print = el('button', 'button guide-screen__print', labels.print, { type: 'button' });
  print.addEventListener('click', () => (actions.print ? actions.print() : window.print()));
  toolbar.append(print);
  if (actions.back) {
    const back = el('button', 'button button--plain guide-screen__back', labels.back, { type: 'button' });
    back.addEventListener('click', () => actions.back?.());
    toolbar.append(back);
  }

  const article = build(layoutGuide(guide));
  // Focused on arrival, like every screen's heading, so reading starts here.
  article.querySelector(`#${GUIDE_TITLE_ID}`)?.setAttribute('tabindex', '-1');
  screen.append(toolbar, article);
  screen.addEventListener('click', (event) => jumpWithin(screen, event));
  return screen;
}
