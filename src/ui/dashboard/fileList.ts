/**
 * One line per file the dashboard was given: accepted, accepted with a warning, a duplicate, or refused
 * with a plain reason (and the technical detail, if any, as plain text); a group run (projector mode) is
 * tagged "groep". Names and details come from the
 * files themselves, so everything goes in as text.
 */
import { RESULT_MESSAGES } from '../../core/results/resultMessages.ts';
import type { Language } from '../../core/scenario/vocabulary.ts';
import { el } from '../dom.ts';
import type { Strings } from '../strings.ts';
import type { IntakeLimits, IntakeOutcome, IntakeProblem, Source } from './fileIntake.ts';

const MB = 1024 * 1024;

function sourceText(source: Source, strings: Strings): string {
  return source.inZip ? strings.dashboardInZip(source.name, source.inZip) : source.name;
}

function problemText(problem: IntakeProblem, source: Source, lang: Language, strings: Strings, limits: IntakeLimits): string {
  switch (problem) {
    case 'unreadable':
      return strings.dashboardUnreadable;
    case 'not-a-zip':
      return strings.dashboardNotAZip;
    case 'zip-too-many-entries':
      return strings.dashboardZipTooManyEntries(limits.maxEntries);
    case 'zip-empty':
      return strings.dashboardZipEmpty;
    case 'too-large':
      if (!source.inZip && /\.zip$/i.test(source.name)) return strings.dashboardZipTooLarge(Math.round(limits.maxZipBytes / MB));
      return RESULT_MESSAGES[problem][lang];
    default:
      return RESULT_MESSAGES[problem][lang];
  }
}

export function renderOutcome(outcome: IntakeOutcome, lang: Language, strings: Strings, limits: IntakeLimits): HTMLLIElement {
  const line = (kind: string, status: string, name: string, ...messages: string[]) => {
    const item = el('li', `dashboard-file dashboard-file--${kind}`);
    const head = el('p', 'dashboard-file__head');
    head.append(el('span', 'dashboard-file__status', status), ' ', el('span', 'dashboard-file__name', name));
    if (outcome.status === 'accepted' && outcome.result.group) head.append(' ', el('span', 'dashboard-tag dashboard-tag--group', strings.dashboardGroupTag));
    item.append(head, ...messages.map((message) => el('p', 'dashboard-file__message', message)));
    return item;
  };
  switch (outcome.status) {
    case 'accepted':
      return outcome.warnings.length === 0
        ? line('accepted', strings.dashboardAccepted, sourceText(outcome, strings))
        : line(
            'warning',
            strings.dashboardAcceptedWarning,
            sourceText(outcome, strings),
            ...outcome.warnings.map((warning) => RESULT_MESSAGES[warning][lang]),
            strings.dashboardKeptApart,
          );
    case 'duplicate':
      return line('duplicate', strings.dashboardDuplicate, sourceText(outcome, strings), strings.dashboardDuplicateOf(sourceText(outcome.firstSeen, strings)));
    case 'refused': {
      const messages = [problemText(outcome.problem, outcome, lang, strings, limits)];
      if (outcome.detail) messages.push(strings.dashboardDetail(outcome.detail));
      return line('refused', strings.dashboardRefused, sourceText(outcome, strings), ...messages);
    }
    case 'skipped':
      return line('skipped', strings.dashboardSkippedStatus, outcome.name, strings.dashboardSkipped(outcome.count));
    case 'stopped':
      return line('refused', strings.dashboardStoppedStatus, outcome.name, strings.dashboardStopped(outcome.notRead, Math.round(limits.maxTotalBytes / MB)));
    case 'left-out':
      return line('refused', strings.dashboardStoppedStatus, strings.dashboardLeftOutName(outcome.count), strings.dashboardLeftOut(limits.maxFiles));
  }
}

/** How many files were taken, were duplicates, or were not taken (skipped non-results in a zip are not counted). */
export function tally(outcomes: readonly IntakeOutcome[]): { accepted: number; duplicates: number; refused: number } {
  const totals = { accepted: 0, duplicates: 0, refused: 0 };
  for (const outcome of outcomes) {
    if (outcome.status === 'accepted') totals.accepted++;
    else if (outcome.status === 'duplicate') totals.duplicates++;
    else if (outcome.status === 'refused') totals.refused++;
    else if (outcome.status === 'stopped') totals.refused += outcome.notRead;
    else if (outcome.status === 'left-out') totals.refused += outcome.count;
  }
  return totals;
}
