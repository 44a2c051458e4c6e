/**
 * One results file as a CSV a lecturer opens in a spreadsheet: a header block (situation, nickname, date,
 * score and its parts, ending, class profile), one row per decision (n, where, key, option text, seconds
 * since the start; for a run a whole group played, also the group's counts per option in the order shown,
 * "12 / 9 / 3", and whether the option followed had the most votes), and the reflections. RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark
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
    group: 'Gespeeld met de groep (projector)',
    yes: 'ja',
    no: 'nee',
    decisions: ['nr', 'waar', 'sleutel', 'gekozen optie', 'seconden sinds de start'],
    groupColumns: ['stemmen van de groep per optie', 'meeste stemmen gevolgd'],
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
    group: 'Played with the group (projector)',
    yes: 'yes',
    no: 'no',
    decisions: ['n', 'where', 'key', 'option chosen', 'seconds since the start'],
    groupColumns: ['group votes per option', 'most votes followed'],
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
    ...(result.group ? [row([words.group, words.yes])] : []),
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
  const tallies = new Map((result.group?.tallies ?? []).map((tally) => [tally.decision, tally]));
  rows.push('', row([...words.decisions, ...(result.group ? words.groupColumns : [])]));
  run.decisions.forEach((decision, index) => {
    const tally = tallies.get(index);
    const group = !result.group ? [] : tally ? [tally.counts.join(' / '), tally.majority ? words.yes : words.no] : ['', ''];
    rows.push(row([index + 1, decision.where, decision.key, decision.text, decision.atMs === undefined ? '' : Math.round(decision.atMs / 1000), ...group]));
  });
  if (result.reflections.length > 0) {
    rows.push('', row([...words.reflections]));
    for (const { question, answer } of result.reflections) rows.push(row([question, answer]));
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
