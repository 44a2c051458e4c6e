/**
 * A group's tallies in projector mode: at a decision the lecturer may count how many in the room chose
 * each option offered (in the order shown) before following one. This module owns those facts: a
 * tally per decision (by its index among the run's decisions, as in the results file), the majority
 * (the most votes; on a tie the first of them, which is what the form preselects), whether the option
 * followed had the most votes, and a structural check of stored tallies. A decision left uncounted
 * ("Sla over", or nothing typed) has no tally. Pure; the run itself stays an ordinary run.
 */
import type { ResultGroupTally } from '../results/resultFile.ts';
import type { LoggedEvent, Run, RunOptions } from './run.ts';

/** What a finished run keeps of a tally; the results file adds the options' keys and the majority fact. */
export type GroupTally = Pick<ResultGroupTally, 'decision' | 'counts' | 'followed'>;

/**
 * How a group's run starts: no time pressure (the room needs time to vote; no countdown, no time-ups) and
 * no one teacher's interests, so the frame-of-reference mechanic stays near neutral for a mixed room.
 */
export const GROUP_RUN_OPTIONS: RunOptions = { profile: { interests: [], temperament: 'rustig' }, timePressure: false };

/** The highest count one option can get (as the results file allows). */
export const MAX_GROUP_COUNT = 9999;
/** Options at one decision, at most (the results file's bound). */
const MAX_OPTIONS = 21;

/** How the option followed relates to the votes: it had the most alone, shared the most, or had fewer. */
export type FollowedOutcome = 'majority' | 'tied' | 'minority';

/** The index the next decision of the run will have: its events so far that were choices or time-ups. */
export function nextDecisionIndex(events: readonly LoggedEvent[]): number {
  return events.filter((event) => event.type !== 'continue').length;
}

/** The index among the run's events of its `decision`-th decision, or undefined when it has fewer. */
export function eventIndexOfDecision(run: Pick<Run, 'events'>, decision: number): number | undefined {
  let seen = 0;
  for (const [index, event] of run.events.entries()) {
    if (event.type === 'continue') continue;
    if (seen === decision) return index;
    seen++;
  }
  return undefined;
}

/** A typed count as a whole number from 0 to MAX_GROUP_COUNT; empty or unreadable is undefined. */
export function countOf(typed: string): number | undefined {
  const text = typed.trim();
  if (!/^\d+$/.test(text)) return undefined;
  return Math.min(MAX_GROUP_COUNT, Number(text));
}

/** The position with the most votes (the first of them on a tie); undefined when nobody was counted. */
export function majorityOf(counts: readonly number[]): number | undefined {
  let best: number | undefined;
  counts.forEach((count, position) => {
    if (count > 0 && (best === undefined || count > counts[best]!)) best = position;
  });
  return best;
}

export function followedOutcome(tally: Pick<GroupTally, 'counts' | 'followed'>): FollowedOutcome {
  const most = Math.max(...tally.counts);
  const followed = tally.counts[tally.followed] ?? 0;
  if (followed < most) return 'minority';
  return tally.counts.filter((count) => count === most).length > 1 ? 'tied' : 'majority';
}

/** Whether the group followed an option with the most votes (alone or tied): the results file's `majority`. */
export function followedMajority(tally: Pick<GroupTally, 'counts' | 'followed'>): boolean {
  return followedOutcome(tally) !== 'minority';
}

/**
 * The tally of a decision from what the lecturer typed (one entry per option shown, undefined where left
 * empty) and the option followed; undefined when nothing was counted, which is the same as skipping.
 */
export function tallyOf(decision: number, typed: readonly (number | undefined)[], followed: number): GroupTally | undefined {
  if (typed.every((count) => count === undefined || count === 0)) return undefined;
  if (!Number.isInteger(followed) || followed < 0 || followed >= typed.length) return undefined;
  return { decision, counts: typed.map((count) => Math.min(MAX_GROUP_COUNT, Math.max(0, Math.floor(count ?? 0)))), followed };
}

/** The tallies with `tally` in its decision's place (replacing one kept there before), in decision order. */
export function withTally(tallies: readonly GroupTally[], tally: GroupTally): GroupTally[] {
  return [...tallies.filter((other) => other.decision !== tally.decision), tally].sort((a, b) => a.decision - b.decision);
}

/** The tallies of the decisions before `decision`: what a "what if" branched there keeps of the group's. */
export function talliesBefore(tallies: readonly GroupTally[], decision: number): GroupTally[] {
  return tallies.filter((tally) => tally.decision < decision);
}

/** A structural check of tallies read back from storage (the player bundle carries no schema library). */
export function isGroupTallies(value: unknown): value is GroupTally[] {
  return (
    Array.isArray(value) &&
    value.length <= 500 &&
    value.every((tally: unknown) => {
      if (tally === null || typeof tally !== 'object') return false;
      const { decision, counts, followed } = tally as Record<string, unknown>;
      return (
        Number.isInteger(decision) &&
        (decision as number) >= 0 &&
        Array.isArray(counts) &&
        counts.length > 0 &&
        counts.length <= MAX_OPTIONS &&
        counts.every((count) => Number.isInteger(count) && count >= 0 && count <= MAX_GROUP_COUNT) &&
        Number.isInteger(followed) &&
        (followed as number) >= 0 &&
        (followed as number) < counts.length
      );
    })
  );
}
