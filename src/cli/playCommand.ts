/**
 * `klasdeur play FILE [--lang nl|en]`: plays a scenario in the terminal, as a lecturer would try it out:
 * the place and clock, narration and lines, numbered choices, and the debrief at the end. Without time
 * pressure: in a terminal you read at your own pace.
 */
import { createInterface } from 'node:readline/promises';
import { debriefOf, SCORE_PART_LABELS } from '../core/session/debrief.ts';
import { startRun, step, type Run } from '../core/session/run.ts';
import { viewOf, type ViewModel } from '../core/session/view.ts';
import { PLACE_LABELS, type Language } from '../core/scenario/vocabulary.ts';
import { loadOneScenario } from './loadOne.ts';

const WIDTH = 78;

function wrap(text: string, indent = ''): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== '' && line.length + word.length + 1 > WIDTH) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() === '' ? word : ` ${word}`;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

function show(view: ViewModel, lang: Language): string {
  const out: string[] = [];
  if (view.reaction) {
    if (view.reaction.narration) out.push(wrap(view.reaction.narration));
    for (const line of view.reaction.lines) out.push(wrap(`${line.name}: “${line.text}”`, '  '));
    out.push('');
  }
  if (view.prompt.kind !== 'ending') {
    const minutes = lang === 'nl' ? `minuut ${view.clock.minutesUsed} van ${view.clock.lessonMinutes}` : `minute ${view.clock.minutesUsed} of ${view.clock.lessonMinutes}`;
    out.push(`— ${PLACE_LABELS[view.place][lang]} · ${minutes} —`);
  }
  if (view.narration) out.push(wrap(view.narration));
  for (const line of view.lines) out.push(wrap(`${line.name}: “${line.text}”`, '  '));
  if (view.prompt.kind === 'choices') {
    out.push(view.prompt.incident ? (lang === 'nl' ? 'Intussen… wat doe je?' : 'Meanwhile… what do you do?') : lang === 'nl' ? 'Wat doe je?' : 'What do you do?');
    view.prompt.choices.forEach((choice, i) => out.push(wrap(`${i + 1}. ${choice.text}`, '     ').replace(/^ {5}/, '  ')));
  }
  return `${out.join('\n')}\n`;
}

function showDebrief(run: Run, lang: Language): string {
  const debrief = debriefOf(run, lang);
  const nl = lang === 'nl';
  const out: string[] = [''];
  if (debrief.ending) {
    out.push(`=== ${debrief.ending.title} ===`, wrap(debrief.ending.narration), '');
    for (const note of debrief.ending.notes) out.push(wrap(`• ${note}`, '  ').replace(/^ {2}/, ''));
    out.push('');
  }
  out.push(`Score: ${Math.round(debrief.score.total)}/100`);
  for (const [part, label] of Object.entries(SCORE_PART_LABELS) as [keyof typeof SCORE_PART_LABELS, { nl: string; en: string }][]) {
    out.push(`  ${label[lang].padEnd(28)} ${debrief.score.parts[part].toFixed(2)}  (${debrief.score.points[part].toFixed(1)} ${nl ? 'punten' : 'points'})`);
    out.push(wrap(debrief.why[part], '      '));
  }
  if (debrief.score.overlookedPenalty > 0) {
    out.push(`  ${(nl ? 'Over het hoofd gezien' : 'Overlooked').padEnd(28)} −${debrief.score.overlookedPenalty.toFixed(1)}: ${debrief.overlooked.join(', ')}`);
  }
  out.push('', wrap(nl ? `Deze les lijkt op een ${debrief.classProfile} klasprofiel.` : `This lesson resembles a ${debrief.classProfile} class profile.`));
  if (debrief.frameOfReference) out.push('', wrap(debrief.frameOfReference));
  out.push('', wrap(`${nl ? 'De mythe' : 'The myth'}: “${debrief.myth.statement}”`));
  for (const note of debrief.myth.notes) out.push(wrap(note, '  '));
  out.push('', nl ? 'Waar dit op steunt:' : 'What this rests on:');
  for (const item of debrief.evidence) out.push(wrap(`${item.source}: ${item.note}`, '  '));
  out.push('', nl ? 'Om over na te denken:' : 'To reflect on:');
  for (const question of debrief.reflection) out.push(wrap(`– ${question}`, '    ').replace(/^ {4}/, '  '));
  return `${out.join('\n')}\n`;
}

export async function runPlay(file: string | undefined, lang: Language): Promise<number> {
  const compiled = loadOneScenario(file, lang);
  if (!compiled) return 1;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string): Promise<string | undefined> => {
    process.stdout.write(question);
    const next = await lines.next();
    return next.done ? undefined : next.value.trim();
  };
  let run = startRun(compiled, { profile: { interests: [], temperament: 'rustig' }, timePressure: false });
  process.stdout.write(`\n${compiled.scenario.title[lang] ?? compiled.scenario.title.nl}\n${wrap(compiled.scenario.summary[lang] ?? compiled.scenario.summary.nl)}\n\n`);
  try {
    for (;;) {
      const view = viewOf(run, lang);
      process.stdout.write(show(view, lang));
      if (view.prompt.kind === 'ending') break;
      if (view.prompt.kind === 'continue') {
        if ((await ask(lang === 'nl' ? '[Enter] verder ' : '[Enter] continue ')) === undefined) return 1;
        run = step(run, { type: 'continue' }) ?? run;
      } else {
        const { choices, incident } = view.prompt;
        let picked: (typeof choices)[number] | undefined;
        while (!picked) {
          const answer = await ask(`${lang === 'nl' ? 'Jouw keuze' : 'Your choice'} (1–${choices.length}): `);
          if (answer === undefined) return 1;
          picked = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
          if (!picked) process.stdout.write(lang === 'nl' ? `Typ een getal van 1 tot ${choices.length}.\n` : `Type a number from 1 to ${choices.length}.\n`);
        }
        run = step(run, incident ? { type: 'incident.select', incident, index: picked.index } : { type: 'choice.select', index: picked.index }) ?? run;
      }
      process.stdout.write('\n');
    }
    process.stdout.write(showDebrief(run, lang));
    return 0;
  } finally {
    rl.close();
  }
}
