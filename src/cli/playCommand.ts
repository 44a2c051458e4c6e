/**
 * `klasdeur play FILE [--lang nl|en]`: plays a scenario in the terminal, as a lecturer would try it out:
 * the place and clock, narration and lines, numbered choices, and the debrief at the end. Given a
 * school-year file, it plays the chapters in turn (each after its interlude, from the pupils the previous
 * one left) and ends with the year looked back on. Without time
 * pressure: in a terminal you read at your own pace.
 */
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { debriefOf, SCORE_PART_LABELS } from '../core/session/debrief.ts';
import { startRun, step, type Run } from '../core/session/run.ts';
import { viewOf, type ViewModel } from '../core/session/view.ts';
import { PLACE_LABELS, type Language } from '../core/scenario/vocabulary.ts';
import { loadOneScenario } from './loadOne.ts';
import { checkPaths, SHIPPED_SCENARIOS } from './check.ts';
import { compileScenario, type CompiledScenario } from '../core/scenario/compile.ts';
import type { SchoolYear } from '../core/scenario/schema.ts';
import type { PlayerProfile } from '../core/model/types.ts';
import { yearDebriefOf, type YearDebrief } from '../core/year/yearDebrief.ts';
import { chaptersOf, emptyProgress, nextChapterOptions, withFinishedChapter, yearStateOf } from '../core/year/yearRun.ts';

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
  out.push('', wrap(nl ? `Deze les lijkt op een ${debrief.classProfile} klasprofiel.` : `This lesson resembles ${/^[aeiou]/i.test(debrief.classProfile) ? 'an' : 'a'} ${debrief.classProfile} class profile.`));
  if (debrief.frameOfReference) out.push('', wrap(debrief.frameOfReference));
  out.push('', wrap(`${nl ? 'De mythe' : 'The myth'}: “${debrief.myth.statement}”`));
  for (const note of debrief.myth.notes) out.push(wrap(note, '  '));
  out.push('', nl ? 'Waar dit op steunt:' : 'What this rests on:');
  for (const item of debrief.evidence) out.push(wrap(`${item.source}: ${item.note}`, '  '));
  out.push('', nl ? 'Om over na te denken:' : 'To reflect on:');
  for (const question of debrief.reflection) out.push(wrap(`– ${question}`, '    ').replace(/^ {4}/, '  '));
  return `${out.join('\n')}\n`;
}

type Ask = (question: string) => Promise<string | undefined>;

/** Plays one run to its end; undefined when the input ran out first. */
async function playToEnd(first: Run, lang: Language, ask: Ask): Promise<Run | undefined> {
  let run = first;
  for (;;) {
    const view = viewOf(run, lang);
    process.stdout.write(show(view, lang));
    if (view.prompt.kind === 'ending') return run;
    if (view.prompt.kind === 'continue') {
      if ((await ask(lang === 'nl' ? '[Enter] verder ' : '[Enter] continue ')) === undefined) return undefined;
      run = step(run, { type: 'continue' }) ?? run;
    } else {
      const { choices, incident } = view.prompt;
      let picked: (typeof choices)[number] | undefined;
      while (!picked) {
        const answer = await ask(`${lang === 'nl' ? 'Jouw keuze' : 'Your choice'} (1–${choices.length}): `);
        if (answer === undefined) return undefined;
        picked = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
        if (!picked) process.stdout.write(lang === 'nl' ? `Typ een getal van 1 tot ${choices.length}.\n` : `Type a number from 1 to ${choices.length}.\n`);
      }
      run = step(run, incident ? { type: 'incident.select', incident, index: picked.index } : { type: 'choice.select', index: picked.index }) ?? run;
    }
    process.stdout.write('\n');
  }
}

const PROFILE: PlayerProfile = { interests: [], temperament: 'rustig' };

/** A school year: each chapter after its interlude, starting from the pupils the previous one left. */
async function playYear(year: SchoolYear, chapters: CompiledScenario[], lang: Language, ask: Ask): Promise<number> {
  const say = (text: { nl: string; en?: string }) => text[lang] ?? text.nl;
  process.stdout.write(`\n${say(year.title)}\n${wrap(say(year.summary))}\n`);
  let progress = emptyProgress(year);
  for (;;) {
    const state = yearStateOf(year, chapters, progress);
    if (!state.next) break;
    const chapter = year.chapters[state.next.index]!;
    process.stdout.write(`\n##### ${state.next.index + 1}. ${say(chapter.season)}: ${say(state.next.compiled.scenario.title)} #####\n${wrap(say(chapter.interlude))}\n\n`);
    const run = await playToEnd(startRun(state.next.compiled, nextChapterOptions(state, { profile: PROFILE, timePressure: false })!), lang, ask);
    if (!run) return 1;
    process.stdout.write(showDebrief(run, lang));
    progress = withFinishedChapter(state, run);
  }
  const debrief = yearDebriefOf(year, yearStateOf(year, chapters, progress).finished, lang);
  const nl = lang === 'nl';
  const names = (list: readonly string[]) => (list.length > 0 ? list.join(', ') : nl ? 'niemand' : 'nobody');
  const changes = (list: YearDebrief['grewCloser']) =>
    list.length > 0 ? list.map((change) => `${change.name} ${Math.round(change.from * 100)}% → ${Math.round(change.to * 100)}%`).join(', ') : nl ? 'niemand' : 'nobody';
  const out = ['', `=== ${nl ? 'Het jaar in terugblik' : 'The year looking back'} ===`];
  for (const chapter of debrief.chapters) out.push(`  ${chapter.season}: ${chapter.ending} (${Math.round(chapter.score)}/100, ${chapter.classProfile})`);
  out.push(
    `${nl ? 'Gemiddelde score' : 'Mean score'}: ${Math.round(debrief.meanScore)}/100`,
    wrap(`${nl ? 'Dichterbij' : 'Grew closer'}: ${changes(debrief.grewCloser)}`),
    wrap(`${nl ? 'Verder weg' : 'Drifted away'}: ${changes(debrief.driftedAway)}`),
    wrap(`${nl ? 'Open conflict' : 'Open conflict'}: ${debrief.unresolvedConflict.length > 0 ? debrief.unresolvedConflict.map((change) => `${change.name} ${Math.round(change.to * 100)}%`).join(', ') : nl ? 'niemand' : 'nobody'}`),
    wrap(`${nl ? 'Het hele jaar over het hoofd gezien' : 'Overlooked all year'}: ${names(debrief.overlookedAllYear)}`),
    wrap(`${nl ? 'Nooit een persoonlijk woord' : 'Never a personal word'}: ${names(debrief.neverAddressed)}`),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

export async function runPlay(file: string | undefined, lang: Language): Promise<number> {
  const year = file ? loadYear(file, lang) : undefined;
  const compiled = year ? undefined : loadOneScenario(file, lang);
  if (!year && !compiled) return 1;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const ask: Ask = async (question) => {
    process.stdout.write(question);
    const next = await lines.next();
    return next.done ? undefined : next.value.trim();
  };
  try {
    if (year) return await playYear(year.year, year.chapters, lang, ask);
    process.stdout.write(`\n${compiled!.scenario.title[lang] ?? compiled!.scenario.title.nl}\n${wrap(compiled!.scenario.summary[lang] ?? compiled!.scenario.summary.nl)}\n\n`);
    const run = await playToEnd(startRun(compiled!, { profile: PROFILE, timePressure: false }), lang, ask);
    if (!run) return 1;
    process.stdout.write(showDebrief(run, lang));
    return 0;
  } finally {
    rl.close();
  }
}

/** A school-year file with its chapters compiled, or undefined when the file is not a (sound) year. */
function loadYear(file: string, lang: Language): { year: SchoolYear; chapters: CompiledScenario[] } | undefined {
  const report = checkPaths([file], { lang, lenient: true });
  const year = report.files[0]?.year;
  if (!year) return undefined;
  // A year's scenarios sit beside it, one folder up from a years/ folder, or are shipped (as the checker finds them).
  const folder = dirname(resolve(file));
  const compiledIn = (places: string[]) => {
    const found = checkPaths([...new Set(places)], { lang, lenient: true });
    return found.files.flatMap((loaded) => {
      const cast = loaded.scenario ? found.casts.get(loaded.scenario.cast) : undefined;
      return loaded.scenario && cast ? [compileScenario(loaded.scenario, cast)] : [];
    });
  };
  const beside = compiledIn([folder, ...(basename(folder) === 'years' ? [dirname(folder)] : [])]);
  const chapters = chaptersOf(year, beside) ?? chaptersOf(year, [...beside, ...compiledIn([SHIPPED_SCENARIOS])]);
  return chapters ? { year, chapters } : undefined;
}
