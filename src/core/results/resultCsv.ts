/**
 * One results file as a CSV a lecturer opens in a spreadsheet: a header block (situation, nickname, date,
 * score and its parts, ending, class profile), one row per decision (n, where, key, option text, seconds
 * since the start), and the reflections. RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark
 * so Excel reads Dutch characters, and every text a student or a file could set is guarded against
 * formula injection (a cell starting with = + - @ is prefixed with an apostrophe). What the debrief kept
 * back, the CSV keeps back too: no score for feedback 'words', no score and no class profile for
 * 'reflection'. Pure.
 */
import { CLASS_PROFILE_LABELS, type ClassProfileKey } from '../scoring/classProfile.ts';
import { SCORE_PART_LABELS } from '../session/debrief.ts';
import type { ResultFile } from './resultFile.ts';

const BOM = '\uFEFF';

const WORDS = {
  nl: {
    situation: 'Situatie',
    nickname: 'Bijnaam',
    date: 'Datum',
    score: 'Score (van 100)',
    ending: 'Einde',
    classProfile: 'Klasprofiel',
    assignment: 'Opdracht',
    decisions: ['nr', 'waar', 'sleutel', 'gekozen optie', 'seconden sinds de start'],
    reflections: ['vraag', 'antwoord'],
  },
  en: {
    situation: 'Situation',
    nickname: 'Nickname',
    date: 'Date',
    score: 'Score (out of 100)',
    ending: 'Ending',
    classProfile: 'Class profile',
    assignment: 'Assignment',
    decisions: ['n', 'where', 'key', 'option chosen', 'seconds since the start'],
    reflections: ['question', 'answer'],
  },
} as const;

/** A cell that a spreadsheet would otherwise run as a formula gets a leading apostrophe. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (cells: (string | number)[]) => cells.map(csvField).join(',');

export function resultCsv(result: ResultFile): string {
  const words = WORDS[result.lang];
  const { run } = result;
  const numbers = result.settings.feedback === 'full';
  const profileLabel = CLASS_PROFILE_LABELS[run.classProfile as ClassProfileKey]?.[result.lang] ?? run.classProfile;
  const rows: string[] = [
    row([words.situation, `${result.scenario.title} (${result.scenario.id})`]),
    row([words.nickname, result.nickname ?? '']),
    row([words.date, result.exportedAt]),
    ...(result.assignment ? [row([words.assignment, result.assignment])] : []),
  ];
  if (numbers) {
    rows.push(row([words.score, Math.round(run.score.total)]));
    for (const [part, label] of Object.entries(SCORE_PART_LABELS) as [keyof typeof run.score.parts, { nl: string; en: string }][]) {
      // Percent, a whole number: no decimal separator for a Dutch or an English spreadsheet to misread.
      rows.push(row([`${label[result.lang]} (%)`, Math.round(run.score.parts[part] * 100)]));
    }
  }
  rows.push(row([words.ending, run.ending?.title ?? '']));
  if (result.settings.feedback !== 'reflection') rows.push(row([words.classProfile, profileLabel]));
  rows.push('', row([...words.decisions]));
  run.decisions.forEach((decision, index) => {
    rows.push(row([index + 1, decision.where, decision.key, decision.text, decision.atMs === undefined ? '' : Math.round(decision.atMs / 1000)]));
  });
  if (result.reflections.length > 0) {
    rows.push('', row([...words.reflections]));
    for (const { question, answer } of result.reflections) rows.push(row([question, answer]));
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
