/**
 * The dashboard as one CSV file for a spreadsheet: one row per counted thing (an option at a decision
 * point, an ending, a score bin, a student's point on the Roos, an overlooked pupil, a reflection), in
 * long form so it pivots easily. Made for Flemish spreadsheets as much as English ones: UTF-8 with a BOM
 * (so accents survive opening it), semicolons between fields, decimals with a comma in Dutch. Every text
 * field is quoted; one that a spreadsheet would read as a formula (= + - @, or a tab or carriage return
 * first) gets an apostrophe in front, because students typed some of these texts. A choice's count is its
 * votes (a group run's tally counts as that many students; the "who" column then says how many of them
 * came from a group), and a group run is marked as such on the Roos.
 */
import type { Language } from '../scenario/vocabulary.ts';
import type { DashboardModel, LocalText, SituationSummary } from './model.ts';

type Cell = string | number | undefined;

interface CsvWords {
  columns: readonly string[];
  version: Record<SituationSummary['version'], string>;
  results: string;
  groupRuns: string;
  groupVotes: (n: number) => string;
  groupTag: string;
  choice: string;
  ending: string;
  noEnding: string;
  scoreBin: string;
  scoreMin: string;
  scoreMedian: string;
  scoreMax: string;
  roos: string;
  overlooked: string;
  reflection: string;
}

const WORDS: Readonly<Record<Language, CsvWords>> = {
  nl: {
    columns: ['Situatie', 'Versie', 'Onderdeel', 'Item', 'Keuze of antwoord', 'Wie', 'Aantal', 'Structuur', 'Nabijheid', 'Score'],
    version: { current: 'huidige versie', other: 'andere versie', unknown: 'onbekende situatie' },
    results: 'resultaten',
    groupRuns: 'waarvan groepslessen (projector)',
    groupVotes: (n) => `waarvan ${n} stemmen uit een groepsles`,
    groupTag: 'groep',
    choice: 'keuze',
    ending: 'einde',
    noEnding: 'geen einde bereikt',
    scoreBin: 'scoreverdeling',
    scoreMin: 'laagste score',
    scoreMedian: 'mediaan',
    scoreMax: 'hoogste score',
    roos: 'Roos',
    overlooked: 'over het hoofd gezien',
    reflection: 'reflectie',
  },
  en: {
    columns: ['Situation', 'Version', 'Part', 'Item', 'Option or answer', 'Who', 'Count', 'Structure', 'Closeness', 'Score'],
    version: { current: 'current version', other: 'other version', unknown: 'unknown situation' },
    results: 'results',
    groupRuns: 'of which group lessons (projector)',
    groupVotes: (n) => `of which ${n} votes from a group lesson`,
    groupTag: 'group',
    choice: 'option',
    ending: 'ending',
    noEnding: 'no ending reached',
    scoreBin: 'score distribution',
    scoreMin: 'lowest score',
    scoreMedian: 'median',
    scoreMax: 'highest score',
    roos: 'interpersonal circle',
    overlooked: 'overlooked',
    reflection: 'reflection',
  },
};

/** A text field as a spreadsheet should see it: never as a formula, always quoted. */
export function csvText(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${guarded.replace(/"/g, '""')}"`;
}

function csvNumber(value: number, lang: Language): string {
  const rounded = String(Math.round(value * 100) / 100);
  return lang === 'nl' ? rounded.replace('.', ',') : rounded;
}

function csvRow(cells: readonly Cell[], lang: Language): string {
  return cells.map((cell) => (cell === undefined ? '' : typeof cell === 'number' ? csvNumber(cell, lang) : csvText(cell))).join(';');
}

export function aggregateCsv(model: DashboardModel, lang: Language = 'nl'): string {
  const words = WORDS[lang];
  const say = (text: LocalText) => text[lang] ?? text.nl;
  const rows: Cell[][] = [[...words.columns]];
  for (const summary of model.situations) {
    // Situation, version, part, item, option or answer, who, count, structure, closeness, score.
    const row = (part: string, item?: Cell, option?: Cell, who?: Cell, count?: Cell, agency?: Cell, communion?: Cell, score?: Cell) =>
      rows.push([say(summary.title), words.version[summary.version], part, item, option, who, count, agency, communion, score]);
    row(words.results, undefined, undefined, undefined, summary.results);
    if (summary.groupRuns > 0) row(words.groupRuns, undefined, undefined, undefined, summary.groupRuns);
    for (const point of summary.decisionPoints) {
      for (const option of point.options) {
        row(words.choice, point.id, say(option.text), option.groupVotes > 0 ? words.groupVotes(option.groupVotes) : undefined, option.votes);
      }
    }
    for (const ending of summary.endings) row(words.ending, say(ending.title), undefined, undefined, ending.count);
    if (summary.unfinished > 0) row(words.ending, words.noEnding, undefined, undefined, summary.unfinished);
    if (summary.scores) {
      summary.scores.bins.forEach((count, bin) => row(words.scoreBin, `${bin * 10}–${bin === 9 ? 100 : bin * 10 + 9}`, undefined, undefined, count));
      row(words.scoreMin, undefined, undefined, undefined, undefined, undefined, undefined, summary.scores.min);
      row(words.scoreMedian, undefined, undefined, undefined, undefined, undefined, undefined, summary.scores.median);
      row(words.scoreMax, undefined, undefined, undefined, undefined, undefined, undefined, summary.scores.max);
    }
    for (const entry of summary.roos) {
      const who = entry.group ? `${entry.label} (${words.groupTag})` : entry.label;
      row(words.roos, undefined, undefined, who, undefined, entry.mean.agency, entry.mean.communion, entry.score);
    }
    for (const pupil of summary.overlooked) row(words.overlooked, pupil.name, undefined, undefined, pupil.count);
    for (const group of summary.reflections) for (const answer of group.answers) row(words.reflection, group.question, answer.answer, answer.label);
  }
  return `\uFEFF${rows.map((cells) => csvRow(cells, lang)).join('\r\n')}\r\n`;
}
