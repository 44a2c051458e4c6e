/**
 * "What if": the decisions of a finished run, each with the options the player had at that moment, and
 * a new run that branches from one of them. Branching replays the shared prefix through the pure
 * transition, so the branch starts from exactly the state the player was in.
 */
import type { PlayerEvent } from '../scenario/machine.ts';
import type { Language } from '../scenario/vocabulary.ts';
import { possibleEvents, rewind, step, type Run } from './run.ts';
import { viewOf } from './view.ts';

export interface DecisionOption {
  label: string;
  /** Identifies the event, to hand back to `branchFrom`. */
  key: string;
}

export interface Decision {
  eventIndex: number;
  situation: string;
  chosen: string;
  others: DecisionOption[];
}

const keyOf = (event: PlayerEvent) => JSON.stringify(event);

function labelOf(run: Run, event: PlayerEvent, lang: Language, timeUpLabel: string): string {
  if (event.type === 'time.up') return timeUpLabel;
  const prompt = viewOf(run, lang).prompt;
  if (prompt.kind !== 'choices' || !('index' in event)) return '';
  return prompt.choices.find((choice) => choice.index === event.index)?.text ?? '';
}

/** Every choice or time-up of the run, in order, with the other options of that moment. */
export function decisionsOf(run: Run, lang: Language, timeUpLabel: string): Decision[] {
  const decisions: Decision[] = [];
  run.events.forEach((logged, eventIndex) => {
    if (logged.type === 'continue') return;
    const before = rewind(run, eventIndex);
    const { at: _at, ...taken } = logged;
    const view = viewOf(before, lang);
    const situation = view.narration ?? view.lines.map((line) => `${line.name}: ${line.text}`).join(' ');
    decisions.push({
      eventIndex,
      situation,
      chosen: labelOf(before, taken as PlayerEvent, lang, timeUpLabel),
      others: possibleEvents(before)
        .filter((event) => keyOf(event) !== keyOf(taken as PlayerEvent))
        .map((event) => ({ label: labelOf(before, event, lang, timeUpLabel), key: keyOf(event) })),
    });
  });
  return decisions;
}

/** The run as it was before event `eventIndex`, with the option `key` taken instead. */
export function branchFrom(run: Run, eventIndex: number, key: string): Run | undefined {
  const before = rewind(run, eventIndex);
  const event = possibleEvents(before).find((candidate) => keyOf(candidate) === key);
  return event ? step(before, event) : undefined;
}
