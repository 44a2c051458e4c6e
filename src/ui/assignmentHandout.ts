/**
 * The printable handout of an assignment, for students, in the assignment's language: the title, what to
 * play (by name and level), the settings in words, the QR code and the link written out, and how to hand
 * in the result file (exported from the debrief). On screen it is a preview; assignment.css prints it alone.
 */
import type { AssignmentView } from './assignmentView.ts';
import { el } from './dom.ts';
import { qrCodeSvg } from './qrCode.ts';
import { STRINGS } from './strings.ts';

export function createHandout(view: AssignmentView, url: string, qr: boolean[][] | undefined): HTMLElement {
  const strings = STRINGS[view.lang];
  const handout = el('article', 'handout', undefined, { lang: view.lang, 'aria-label': strings.handoutLabel });
  handout.append(el('p', 'handout__kicker', strings.handoutKicker), el('h5', 'handout__title', view.title ?? strings.handoutDefaultTitle));

  const body = el('div', 'handout__body');
  const text = el('div', 'handout__text');
  text.append(el('h6', 'handout__heading', view.year ?? (view.situations.length === 1 ? strings.handoutPlayOne : strings.handoutPlayMany)));
  const list = el(view.year !== undefined ? 'ol' : 'ul', 'handout__situations');
  for (const situation of view.situations) {
    const item = el('li', 'handout__situation');
    item.append(el('strong', '', situation.title), document.createTextNode(` — ${situation.facts}`));
    list.append(item);
  }
  text.append(list, el('h6', 'handout__heading', strings.assignmentCardSettings));
  const settings = el('ul', 'handout__settings');
  settings.append(...view.settings.map((line) => el('li', '', line)));
  text.append(settings);

  const code = el('figure', 'handout__code');
  if (qr) code.append(qrCodeSvg(qr, strings.qrLabel, 'qr-code handout__qr'));
  code.append(el('figcaption', 'handout__link', url));
  body.append(text, code);

  const steps = el('ol', 'handout__steps');
  steps.append(...[strings.handoutStepOpen, view.situations.length === 1 ? strings.handoutStepPlayOne : strings.handoutStepPlayMany, strings.handoutStepHandIn].map((step) => el('li', '', step)));
  handout.append(body, el('h6', 'handout__heading', strings.handoutHowTo), steps);
  return handout;
}
