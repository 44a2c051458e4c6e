/**
 * The lecturers' dashboard as data: aggregate() over hand-made results files for a shipped situation
 * (counts per option in the situation's order, options nobody took at 0, time-ups, duplicates counted
 * once, score bins, overlooked pupils, reflections per question, endings, other versions and unknown
 * situations kept apart), over results made by resultOf from real random runs, and aggregateCsv's BOM,
 * quoting and formula guard.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, aggregateCsv, csvText, resultIdentity, type DashboardModel, type SituationSummary } from '../../src/core/dashboard/index.ts';
import { readingOrder } from '../../src/core/guide/order.ts';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { randomPolicy } from '../../src/core/paths/randomPlay.ts';
import { TIME_UP_TEXT, resultOf } from '../../src/core/results/buildResult.ts';
import { ResultFile } from '../../src/core/results/resultFile.ts';
import { decisionSource, timeUpKey } from '../../src/core/scenario/compile.ts';
import { isFinished, possibleEvents, startRun, step, type Run } from '../../src/core/session/run.ts';
import { compileShipped } from '../support/engineFixture.ts';

const september = compileShipped('september-eerste-les');

interface Made {
  decisions?: string[];
  total?: number;
  mean?: { agency: number; communion: number };
  overlooked?: string[];
  nickname?: string;
  reflections?: { question: string; answer: string }[];
  ending?: string | null;
  hash?: string;
  scenarioId?: string;
}

let made = 0;

/** A results file for september-eerste-les as a student's export would hold it; checked against the schema. */
function makeResult(options: Made = {}): ResultFile {
  const run = made++;
  const decisions = (options.decisions ?? []).map((key, index) => {
    const [where = ''] = key.split('/');
    const source = decisionSource(september, key);
    const text = source && 'text' in source ? source.text.nl : TIME_UP_TEXT.nl;
    return { where, key, text, atMs: run * 100_000 + index * 1000 };
  });
  const endingId = options.ending === undefined ? 'goed-begin' : options.ending;
  const file = {
    format: 'klasdeur-result',
    version: 1,
    exportedAt: '2025-09-02T10:00:00.000Z',
    lang: 'nl',
    scenario: { id: options.scenarioId ?? september.scenario.id, title: september.scenario.title.nl, contentHash: options.hash ?? september.hash, myth: september.scenario.myth },
    ...(options.nickname !== undefined ? { nickname: options.nickname } : {}),
    profile: { interests: [], temperament: 'rustig' },
    settings: { timePressure: true, feedback: 'full' },
    run: {
      // Each run its own times, so two runs with the same choices are still two runs.
      events: [{ type: 'continue', at: run * 100_000 + 99_999 }, ...decisions.map((decision) => ({ type: 'choice.select', index: 0, at: decision.atMs }))],
      decisions,
      ending: endingId === null ? null : { id: endingId, title: september.scenario.endings[endingId]?.title.nl ?? endingId },
      score: { total: options.total ?? 50, parts: { profile: 0.5, relationship: 0.5, equity: 0.5, engagement: 0.5, repair: 1 }, overlookedPenalty: 0 },
      meanPosition: options.mean ?? { agency: 0.2, communion: 0.3 },
      trajectory: [],
      classProfile: 'gezagvol',
      pupils: Object.fromEntries(
        september.participants.map((id) => [
          id,
          { closeness: 0.5, conflict: 0, engagement: 0.5, contacts: 1, takesPart: true, overlooked: options.overlooked?.includes(id) ?? false },
        ]),
      ),
    },
    whatIf: [],
    reflections: options.reflections ?? [],
  };
  return ResultFile.parse(file);
}

const only = (model: DashboardModel): SituationSummary => {
  expect(model.situations).toHaveLength(1);
  return model.situations[0]!;
};
const point = (summary: SituationSummary, id: string) => summary.decisionPoints.find((candidate) => candidate.id === id)!;
const counts = (summary: SituationSummary, id: string) => Object.fromEntries(point(summary, id).options.map((option) => [option.key, option.count]));

describe('aggregate: choices per decision point', () => {
  it('lists every decision point of the situation once, in its reading order, each incident after the beat it starts at', () => {
    const summary = only(aggregate([makeResult()], [september]));
    const beats = readingOrder(september.scenario).order.filter((id) => september.scenario.beats[id]!.choices);
    const ids = summary.decisionPoints.map((candidate) => candidate.id);
    expect(ids.filter((id) => id !== 'arne-tekent')).toEqual(beats);
    expect(ids.indexOf('arne-tekent')).toBe(ids.indexOf('opdracht') + 1);
    expect(point(summary, 'arne-tekent').kind).toBe('incident');
    expect(point(summary, 'klasdeur').options.map((option) => option.text.nl)).toEqual(
      september.scenario.beats.klasdeur!.choices!.map((choice) => choice.text.nl),
    );
  });

  it('counts each option, keeps options nobody took at 0, and counts a time-up as an option of its own', () => {
    const results = [
      makeResult({ decisions: ['lerarenkamer/raad-volgen', 'klasdeur/namen-aan-de-deur', 'kobe/tijd-om'] }),
      makeResult({ decisions: ['lerarenkamer/raad-volgen', 'klasdeur/namen-aan-de-deur', 'kobe/kobe-taak'] }),
      makeResult({ decisions: ['lerarenkamer/zelf-kennen', 'klasdeur/babbelen'] }),
    ];
    const summary = only(aggregate(results, [september]));
    expect(summary.results).toBe(3);
    expect(counts(summary, 'lerarenkamer')).toEqual({ 'lerarenkamer/raad-volgen': 2, 'lerarenkamer/zelf-kennen': 1, 'lerarenkamer/kobe-vragen': 0 });
    expect(point(summary, 'lerarenkamer').reached).toBe(3);
    expect(counts(summary, 'klasdeur')['klasdeur/namen-aan-de-deur']).toBe(2);
    expect(counts(summary, 'klasdeur')['klasdeur/op-alfabet']).toBe(0);

    const kobe = point(summary, 'kobe');
    expect(kobe.reached).toBe(2);
    const timeUp = kobe.options.at(-1)!;
    expect(timeUp).toMatchObject({ key: timeUpKey('kobe'), timeUp: true, count: 1, next: 'afspraken', text: { nl: TIME_UP_TEXT.nl, en: TIME_UP_TEXT.en } });
    expect(point(summary, 'speeltijd').reached).toBe(0);
    expect(point(summary, 'speeltijd').options.every((option) => option.count === 0)).toBe(true);
  });

  it('counts a result once per option even when its log passes the same option twice, and ignores keys the situation does not have', () => {
    const summary = only(aggregate([makeResult({ decisions: ['klasdeur/babbelen', 'klasdeur/babbelen', 'nergens/iets', 'klasdeur/99'] })], [september]));
    expect(counts(summary, 'klasdeur')['klasdeur/babbelen']).toBe(1);
    expect(summary.decisionPoints.some((candidate) => candidate.id === 'nergens')).toBe(false);
    expect(summary.decisionPoints.reduce((sum, candidate) => sum + candidate.reached, 0)).toBe(1);
  });
});

describe('aggregate: duplicates', () => {
  it('counts the same file dropped twice, and the same run exported twice, once and reports both', () => {
    const first = makeResult({ decisions: ['lerarenkamer/raad-volgen'], total: 70 });
    const exportedAgain = { ...structuredClone(first), exportedAt: '2025-09-03T08:00:00.000Z', nickname: 'Sofie' };
    const other = makeResult({ decisions: ['lerarenkamer/raad-volgen'], total: 30 });
    const model = aggregate([first, other, first, exportedAgain], [september]);
    expect(model.results).toBe(2);
    expect(model.duplicates).toEqual([
      { index: 2, duplicateOf: 0 },
      { index: 3, duplicateOf: 0 },
    ]);
    const summary = only(model);
    expect(summary.results).toBe(2);
    expect(counts(summary, 'lerarenkamer')['lerarenkamer/raad-volgen']).toBe(2);
    expect(summary.roos.map((entry) => entry.score)).toEqual([70, 30]);
    expect(resultIdentity(first)).toBe(resultIdentity(exportedAgain));
    expect(resultIdentity(first)).not.toBe(resultIdentity(other));
  });
});

describe('aggregate: scores, the Roos, overlooked pupils, endings, reflections', () => {
  it('bins the scores by ten (100 in the last bin) with min, median and max', () => {
    const totals = [5, 15, 15, 99, 100, 50];
    const summary = only(aggregate(totals.map((total) => makeResult({ total })), [september]));
    expect(summary.scores).toEqual({ bins: [1, 2, 0, 0, 0, 1, 0, 0, 0, 2], min: 5, median: 32.5, max: 100 });
    const odd = only(aggregate([makeResult({ total: 40 }), makeResult({ total: 10 }), makeResult({ total: 90 })], [september]));
    expect(odd.scores).toMatchObject({ min: 10, median: 40, max: 90 });
    expect(only(aggregate([makeResult({ total: 40 })], [september])).scores?.bins.reduce((a, b) => a + b)).toBe(1);
  });

  it('puts everyone on the Roos with the nickname, or "Student n", and a number', () => {
    const summary = only(
      aggregate(
        [makeResult({ nickname: 'Juf Sofie', mean: { agency: 0.5, communion: -0.25 } }), makeResult({ nickname: '   ' }), makeResult()],
        [september],
      ),
    );
    expect(summary.roos).toEqual([
      { ordinal: 1, nickname: 'Juf Sofie', label: 'Juf Sofie', mean: { agency: 0.5, communion: -0.25 }, score: 50 },
      { ordinal: 2, label: 'Student 2', mean: { agency: 0.2, communion: 0.3 }, score: 50 },
      { ordinal: 3, label: 'Student 3', mean: { agency: 0.2, communion: 0.3 }, score: 50 },
    ]);
  });

  it('counts in how many results each pupil was overlooked, most often first, named from the cast', () => {
    const summary = only(
      aggregate(
        [makeResult({ overlooked: ['elif', 'arne'] }), makeResult({ overlooked: ['arne'] }), makeResult({ overlooked: ['arne', 'mila'] }), makeResult()],
        [september],
      ),
    );
    expect(summary.overlooked).toEqual([
      { id: 'arne', name: 'Arne', count: 3 },
      { id: 'elif', name: 'Elif', count: 1 },
      { id: 'mila', name: september.cast.pupils.find((pupil) => pupil.id === 'mila')!.name, count: 1 },
    ]);
  });

  it('lists every ending of the situation, also those nobody reached, and counts runs without an ending apart', () => {
    const summary = only(aggregate([makeResult({ ending: 'elke-dag' }), makeResult({ ending: 'elke-dag' }), makeResult({ ending: null })], [september]));
    expect(summary.endings.map((ending) => [ending.id, ending.count])).toEqual([
      ['elke-dag', 2],
      ['goed-begin', 0],
      ['warm-begin', 0],
      ['strak-begin', 0],
      ['onwennig', 0],
    ]);
    expect(summary.endings[0]!.title).toEqual(september.scenario.endings['elke-dag']!.title);
    expect(summary.unfinished).toBe(1);
  });

  it('groups the reflections per question, each answer with its nickname or anonymous label, empty answers left out', () => {
    const [first, second] = september.scenario.reflection!.map((question) => question.nl);
    const summary = only(
      aggregate(
        [
          makeResult({ nickname: 'Sam', reflections: [{ question: first!, answer: 'Met Senne.\nHij houdt ook van voetbal.' }, { question: second!, answer: '  ' }] }),
          makeResult({ reflections: [{ question: first!, answer: 'Met Elif.' }, { question: second!, answer: 'Ik vraag Arne naar zijn tekening.' }] }),
        ],
        [september],
      ),
    );
    expect(summary.reflections).toEqual([
      {
        question: first,
        answers: [
          { label: 'Sam', answer: 'Met Senne.\nHij houdt ook van voetbal.' },
          { label: 'Student 2', answer: 'Met Elif.' },
        ],
      },
      { question: second, answers: [{ label: 'Student 2', answer: 'Ik vraag Arne naar zijn tekening.' }] },
    ]);
  });

  it('keeps a script in a nickname or an answer as plain text, and strips control and direction characters', () => {
    const summary = only(
      aggregate(
        [makeResult({ nickname: '<img src=x onerror=alert(1)>\u202Eevil', reflections: [{ question: 'Q', answer: '<script>alert(1)</script>\u0000' }] })],
        [september],
      ),
    );
    expect(summary.roos[0]!.label).toBe('<img src=x onerror=alert(1)>evil');
    expect(summary.reflections[0]!.answers[0]!.answer).toBe('<script>alert(1)</script>');
  });
});

describe('aggregate: other versions and unknown situations', () => {
  it('keeps results of a changed situation and of an unknown one apart from the current bars', () => {
    const current = makeResult({ decisions: ['lerarenkamer/raad-volgen'] });
    const older = makeResult({ decisions: ['lerarenkamer/zelf-kennen', 'lerarenkamer/oude-keuze'], hash: 'oude-versie' });
    const unknown = makeResult({ decisions: ['start/0', 'start/tijd-om'], scenarioId: 'eigen-situatie', ending: null });
    const model = aggregate([unknown, older, current], [september]);
    expect(model.situations.map((summary) => [summary.key, summary.version, summary.results])).toEqual([
      ['september-eerste-les', 'current', 1],
      ['september-eerste-les@other', 'other', 1],
      ['eigen-situatie@unknown', 'unknown', 1],
    ]);
    const [now, other, own] = model.situations as [SituationSummary, SituationSummary, SituationSummary];
    expect(counts(now, 'lerarenkamer')).toEqual({ 'lerarenkamer/raad-volgen': 1, 'lerarenkamer/zelf-kennen': 0, 'lerarenkamer/kobe-vragen': 0 });
    // The other version's points are as its files name them: only options someone took.
    expect(other.decisionPoints).toHaveLength(1);
    expect(counts(other, 'lerarenkamer')).toEqual({ 'lerarenkamer/zelf-kennen': 1, 'lerarenkamer/oude-keuze': 1 });
    expect(own.title).toEqual({ nl: september.scenario.title.nl });
    expect(own.decisionPoints[0]!.options.map((option) => [option.key, option.timeUp])).toEqual([
      ['start/0', false],
      ['start/tijd-om', true],
    ]);
    expect(own.endings).toEqual([]);
    expect(own.unfinished).toBe(1);
  });

  it('gives an empty model for no results', () => {
    expect(aggregate([], [september])).toEqual({ situations: [], results: 0, duplicates: [] });
  });
});

describe('aggregate over real runs (resultOf)', () => {
  function playRandomly(seed: number): Run {
    const policy = randomPolicy(seed);
    let run = startRun(september, NEUTRAL_OPTIONS);
    let at = 0;
    while (!isFinished(run)) {
      at += 1500;
      run = step(run, { ...policy(run, possibleEvents(run)), at })!;
    }
    return run;
  }

  it('counts every decision of every run at its point, and the same run twice once', () => {
    const runs = [1, 2, 3, 4, 5, 6, 7, 8].map(playRandomly);
    const now = new Date(Date.UTC(2025, 8, 2));
    const results = runs.map((run, index) => resultOf(run, { lang: 'nl', nickname: `Student-${index}`, reflections: [], whatIf: [], feedback: 'full', now }));
    const model = aggregate([...results, results[0]!], [september]);
    expect(model.duplicates).toEqual([{ index: 8, duplicateOf: 0 }]);
    const summary = only(model);
    expect(summary.results).toBe(8);
    const byKey = new Map(summary.decisionPoints.flatMap((candidate) => candidate.options.map((option) => [option.key, option.count] as const)));
    const expected = new Map<string, number>();
    for (const result of results) for (const key of new Set(result.run.decisions.map((decision) => decision.key))) expected.set(key, (expected.get(key) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(5);
    for (const [key, count] of expected) expect(byKey.get(key), key).toBe(count);
    expect(point(summary, 'lerarenkamer').reached).toBe(8);
    expect(summary.endings.reduce((sum, ending) => sum + ending.count, 0)).toBe(8);
    expect(summary.scores!.bins.reduce((a, b) => a + b)).toBe(8);
  });
});

describe('aggregateCsv', () => {
  const model = aggregate(
    [
      makeResult({ decisions: ['lerarenkamer/raad-volgen'], nickname: '=HYPERLINK("http://x","klik")', mean: { agency: -0.25, communion: 0.5 }, total: 42.5 }),
      makeResult({ reflections: [{ question: 'Wat deed je; en waarom?', answer: '@SUM(A1) "quote"\nnieuwe regel' }] }),
    ],
    [september],
  );

  it('starts with a BOM, separates with semicolons, ends lines with CRLF and has a header', () => {
    const csv = aggregateCsv(model);
    expect(csv.startsWith('\uFEFF"Situatie";"Versie";"Onderdeel"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(aggregateCsv(model, 'en').startsWith('\uFEFF"Situation";"Version";"Part"')).toBe(true);
  });

  it('quotes text, doubles quotes, keeps line breaks inside quotes, and defuses formulas', () => {
    const csv = aggregateCsv(model);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csv).toContain(`"Wat deed je; en waarom?";"'@SUM(A1) ""quote""\nnieuwe regel";"Student 2"`);
    expect(csvText('+1')).toBe(`"'+1"`);
    expect(csvText('-2')).toBe(`"'-2"`);
    expect(csvText('\tx')).toBe(`"'\tx"`);
    expect(csvText('gewoon')).toBe('"gewoon"');
  });

  it('writes numbers bare, with a decimal comma in Dutch and a point in English, negative numbers unguarded', () => {
    const nl = aggregateCsv(model).split('\r\n');
    const roosRow = nl.find((line) => line.includes('"Roos"') && line.includes('HYPERLINK'))!;
    expect(roosRow.endsWith(';-0,25;0,5;42,5')).toBe(true);
    const choiceRow = nl.find((line) => line.includes('"lerarenkamer"') && line.includes(september.scenario.beats.lerarenkamer!.choices![0]!.text.nl.slice(0, 10)))!;
    expect(choiceRow.split(';').at(6)).toBe('1');
    const en = aggregateCsv(model, 'en').split('\r\n');
    expect(en.find((line) => line.includes('HYPERLINK'))!.endsWith(';-0.25;0.5;42.5')).toBe(true);
  });

  it('has one row per option, ending, score bin, Roos point, overlooked pupil and reflection', () => {
    const summary = only(model);
    const options = summary.decisionPoints.reduce((sum, candidate) => sum + candidate.options.length, 0);
    const rows = aggregateCsv(model).split('\r\n').filter(Boolean);
    // header, results, options, endings, 10 bins + 3 stats, 2 Roos points, 1 reflection (nobody overlooked)
    expect(rows).toHaveLength(1 + 1 + options + summary.endings.length + 13 + 2 + 1);
  });
});
