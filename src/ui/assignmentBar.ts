/**
 * The thin bar above every screen while an assignment is active: which assignment ("Opdracht: Week 3")
 * and a button to stop it, after which the game is the ordinary one again.
 */
import './assignment.css';
import { el } from './dom.ts';
import type { Strings } from './strings.ts';

export function createAssignmentBar(name: string, strings: Strings, actions: { stop(): void }): HTMLElement {
  const bar = el('div', 'assignment-bar', undefined, { role: 'region', 'aria-label': strings.assignmentBarRegion });
  const stop = el('button', 'button button--plain assignment-bar__stop', strings.assignmentStop, { type: 'button', 'aria-label': strings.assignmentStopLabel });
  stop.addEventListener('click', () => actions.stop());
  bar.append(el('span', 'assignment-bar__name', strings.assignmentBarName(name)), el('span', 'assignment-bar__dot', ' · ', { 'aria-hidden': 'true' }), stop);
  return bar;
}
