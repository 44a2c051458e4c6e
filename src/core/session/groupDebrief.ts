/**
 * What the debrief of a projector run says about the group: per counted decision the situation, the
 * options as they were shown with how many chose each, the option followed, and whether it had the most
 * votes. Each decision is read in the state it was taken in (the run rewound to it), so the options are
 * those offered then, in the order shown. The option followed is the one the run's log took; a tally that
 * no longer fits its decision (another number of options) is left out. Plain data for the UI.
 */
import type { Language } from '../scenario/vocabulary.ts';
import { eventIndexOfDecision, followedOutcome, type FollowedOutcome, type GroupTally } from './groupTallies.ts';
import { rewind, type Run } from './run.ts';
import { viewOf } from './view.ts';

export interface GroupDecision {
  /** The decision's index among the run's decisions. */
  decision: number;
  /** The beat's or incident's narration (or its lines), to recognise the moment by. */
  situation: string;
  /** The options as shown, each with the group's count. */
  options: { text: string; count: number }[];
  /** The position of the option followed, in `options`. */
  followed: number;
  outcome: FollowedOutcome;
}

export function groupDecisionsOf(run: Run, tallies: readonly GroupTally[], lang: Language): GroupDecision[] {
  return tallies.flatMap((tally): GroupDecision[] => {
    const eventIndex = eventIndexOfDecision(run, tally.decision);
    const taken = eventIndex === undefined ? undefined : run.events[eventIndex];
    if (eventIndex === undefined || !taken || !('index' in taken)) return [];
    const view = viewOf(rewind(run, eventIndex), lang);
    if (view.prompt.kind !== 'choices' || view.prompt.choices.length !== tally.counts.length) return [];
    const followed = view.prompt.choices.findIndex((choice) => choice.index === taken.index);
    if (followed < 0) return [];
    return [
      {
        decision: tally.decision,
        situation: view.narration ?? view.lines.map((line) => `${line.name}: ${line.text}`).join(' '),
        options: view.prompt.choices.map((choice, position) => ({ text: choice.text, count: tally.counts[position] ?? 0 })),
        followed,
        outcome: followedOutcome({ counts: tally.counts, followed }),
      },
    ];
  });
}
