/**
 * Yarn Spinner-style transcripts: what a player sees and does along one path, as plain lines
 * (`narration:`, `line:`, `option:`, `select:`, `ending:` …). A `.testplan` file is such a transcript;
 * replaying its `select:`, `continue` and `time-up` lines must give back the file exactly.
 */
import type { PlayerEvent } from '../../src/core/scenario/machine.ts';
import { startRun, step, type RunOptions } from '../../src/core/session/run.ts';
import { viewOf } from '../../src/core/session/view.ts';
import type { CompiledScenario } from '../../src/core/scenario/compile.ts';
import type { Language } from '../../src/core/scenario/vocabulary.ts';

/** The player's inputs in a transcript. */
export function inputsOf(transcript: string): string[] {
  return transcript.split('\n').filter((line) => /^(select: \d+|continue|time-up)$/.test(line));
}

export function transcriptOf(compiled: CompiledScenario, options: RunOptions, inputs: string[], lang: Language): string {
  const out: string[] = [];
  let run = startRun(compiled, options);
  const queue = [...inputs];
  for (;;) {
    const view = viewOf(run, lang);
    if (view.reaction?.narration) out.push(`reaction: ${view.reaction.narration}`);
    for (const line of view.reaction?.lines ?? []) out.push(`reaction-line: ${line.name}: ${line.text}`);
    if (view.prompt.kind === 'ending') {
      out.push(`ending: ${view.prompt.title}`, `narration: ${view.prompt.narration}`);
      for (const note of view.prompt.debrief) out.push(`debrief: ${note}`);
      break;
    }
    out.push(`place: ${view.place} (${view.clock.minutesUsed}/${view.clock.lessonMinutes} min)`);
    if (view.narration) out.push(`narration: ${view.narration}`);
    for (const line of view.lines) out.push(`line: ${line.name}: ${line.text}`);
    if (view.prompt.kind === 'choices') {
      if (view.prompt.incident) out.push(`incident: ${view.prompt.incident}`);
      for (const choice of view.prompt.choices) out.push(`option: ${choice.index + 1}. ${choice.text}`);
      const limit = view.prompt.timeLimit;
      if (limit) out.push(`time-limit: ${limit.seconds} s after ${limit.readingSeconds} s reading`);
    }
    const input = queue.shift();
    if (input === undefined) break;
    out.push(input);
    let event: PlayerEvent;
    if (input === 'continue') event = { type: 'continue' };
    else if (input === 'time-up') event = { type: 'time.up' };
    else {
      const index = Number(input.slice('select: '.length)) - 1;
      event = view.prompt.kind === 'choices' && view.prompt.incident ? { type: 'incident.select', incident: view.prompt.incident, index } : { type: 'choice.select', index };
    }
    const next = step(run, event);
    if (!next) throw new Error(`'${input}' is not possible here`);
    run = next;
  }
  return `${out.join('\n')}\n`;
}
