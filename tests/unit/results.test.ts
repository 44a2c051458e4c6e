/**
 * The results file: built from real runs (the engine's motor fixture and the shipped scenarios), it passes
 * the schema, maps each event to where it was taken, its key, its text and its time, and keeps "what if"
 * runs apart with the decision they branched at; the CSV quotes, starts with a BOM and defuses formulas;
 * parseResult refuses what a dashboard must not read and warns about situations it does not know as played.
 */
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { randomPolicy } from '../../src/core/paths/randomPlay.ts';
import { NICKNAME_MAX, REFLECTION_ANSWER_MAX, TIME_UP_TEXT, resultFileName, resultOf, type ResultExtra } from '../../src/core/results/buildResult.ts';
import { csvField, guardFormula, resultCsv } from '../../src/core/results/resultCsv.ts';
import { MAX_RESULT_BYTES, ResultFile } from '../../src/core/results/resultFile.ts';
import { RESULT_MESSAGES, RESULT_PROBLEMS, RESULT_WARNINGS } from '../../src/core/results/resultMessages.ts';
import { parseResult } from '../../src/core/results/parseResult.ts';
import { isFinished, possibleEvents, startRun, step, type LoggedEvent, type Run } from '../../src/core/session/run.ts';
import { branchFrom } from '../../src/core/session/whatIf.ts';
import { scoreLesson } from '../../src/core/scoring/score.ts';
import { compileFixture, compileShipped, shippedScenarios } from '../support/engineFixture.ts';

const motor = compileFixture('engine/motor.yaml');
const OPTIONS = { profile: { interests: ['muziek' as const], temperament: 'rustig' as const }, timePressure: true };
const NOW = new Date(Date.UTC(2025, 2, 7, 10, 30));

function play(start: Run, events: LoggedEvent[]): Run {
  return events.reduce((run, event) => {
    const next = step(run, event);
    if (!next) throw new Error(`${JSON.stringify(event)} is not possible here`);
    return next;
  }, start);
}

/** Greets Lisa (1.2 s), settles the phone incident (3 s), continues (4 s), stays calm with Samir (6.5 s): the warm ending. */
const warmRun = () =>
  play(startRun(motor, OPTIONS), [
    { type: 'choice.select', index: 0, at: 1200 },
    { type: 'incident.select', incident: 'gsm', index: 0, at: 3000 },
    { type: 'continue', at: 4000 },
    { type: 'choice.select', index: 1, at: 6500 },
  ]);

const extra = (overrides: Partial<ResultExtra> = {}): ResultExtra => ({ lang: 'nl', reflections: [], whatIf: [], feedback: 'full', now: NOW, ...overrides });

function finishRandomly(run: Run, seed: number): Run {
  const policy = randomPolicy(seed);
  let current = run;
  let at = current.events.at(-1)?.at ?? 0;
  while (!isFinished(current)) {
    at += 2000;
    current = step(current, { ...policy(current, possibleEvents(current)), at })!;
  }
  return current;
}

describe('resultOf', () => {
  it('turns a finished run into a file that passes the schema, with each decision where, what and when it was taken', () => {
    const run = warmRun();
    const result = resultOf(run, extra({ nickname: '  Juf Sofie  ', assignment: 'pxl-groep-2' }));
    expect(() => ResultFile.parse(result)).not.toThrow();
    expect(result.format).toBe('klasdeur-result');
    expect(result.version).toBe(1);
    expect(result.exportedAt).toBe('2025-03-07T10:30:00.000Z');
    expect(result.scenario).toEqual({ id: 'motor', title: 'Motorproef', contentHash: motor.hash, myth: 'een-botsing' });
    expect(result.nickname).toBe('Juf Sofie');
    expect(result.assignment).toBe('pxl-groep-2');
    expect(result.profile).toEqual({ interests: ['muziek'], temperament: 'rustig' });
    expect(result.settings).toEqual({ timePressure: true, feedback: 'full' });
    expect(result.run.events).toEqual(run.events);
    expect(result.run.decisions).toEqual([
      { where: 'deur', key: 'deur/groet', text: 'Groet Lisa bij naam.', atMs: 1200 },
      { where: 'gsm', key: 'gsm/0', text: 'Wijs even naar de gsm en knik naar zijn boekentas.', atMs: 3000 },
      { where: 'botsing', key: 'botsing/rustig', text: 'Zeg rustig wat je ziet en wat wel kan.', atMs: 6500 },
    ]);
    expect(result.run.decisions.map((decision) => decision.key)).toEqual(run.snapshot.context.chosen);
    expect(result.run.ending).toEqual({ id: 'warm', title: 'Een warme klas' });
    const score = scoreLesson(run.snapshot.context.classroom);
    expect(result.run.score.total).toBe(score.total);
    expect(result.run.score.parts).toEqual(score.parts);
    expect(result.run.meanPosition).toEqual(score.meanPosition);
    expect(result.run.trajectory).toHaveLength(3);
    expect(result.run.classProfile).toBe('authoritative');
    expect(result.run.pupils.lisa).toMatchObject({ closeness: 1, conflict: 0, contacts: 1, takesPart: true, overlooked: false });
    expect(Object.keys(result.run.pupils).sort()).toEqual(['lisa', 'samir']);
    expect(result.whatIf).toEqual([]);
  });

  it('writes the texts in the chosen language and a time-up as doing nothing', () => {
    const run = play(startRun(motor, OPTIONS), [
      { type: 'time.up', at: 14000 },
      { type: 'incident.select', incident: 'gsm', index: 1, at: 20000 },
      { type: 'continue', at: 21000 },
      { type: 'choice.select', index: 0, at: 25000 },
    ]);
    const result = resultOf(run, extra({ lang: 'en' }));
    expect(result.run.decisions).toEqual([
      { where: 'deur', key: 'deur/tijd-om', text: TIME_UP_TEXT.en, atMs: 14000 },
      { where: 'gsm', key: 'gsm/1', text: 'Let it go.', atMs: 20000 },
      { where: 'botsing', key: 'botsing/roepen', text: 'Call Samir to order in front of the class.', atMs: 25000 },
    ]);
    expect(result.run.ending).toEqual({ id: 'gewoon', title: 'An ordinary lesson' });
    expect(result.scenario.title).toBe('Engine trial');
    expect(ResultFile.safeParse(result).success).toBe(true);
  });

  it('maps every decision of random runs through every shipped scenario to the key the machine recorded', () => {
    const scenarios = shippedScenarios();
    expect(scenarios.length).toBeGreaterThanOrEqual(5);
    for (const compiled of scenarios) {
      for (const seed of [1, 2]) {
        const run = finishRandomly(startRun(compiled, NEUTRAL_OPTIONS), seed);
        const result = resultOf(run, extra());
        expect(ResultFile.safeParse(result).success, `${compiled.scenario.id} seed ${seed}`).toBe(true);
        expect(result.run.decisions.map((decision) => decision.key)).toEqual(run.snapshot.context.chosen);
        for (const decision of result.run.decisions) {
          expect(decision.key.startsWith(`${decision.where}/`)).toBe(true);
          expect(decision.where in compiled.scenario.beats || decision.where in (compiled.scenario.incidents ?? {})).toBe(true);
          expect(decision.text.length).toBeGreaterThan(0);
        }
        const decided = run.events.filter((event) => event.type !== 'continue');
        expect(result.run.decisions.map((decision) => decision.atMs)).toEqual(decided.map((event) => event.at));
      }
    }
  });

  it('keeps "what if" runs apart, each with the decision of the run it branched at', () => {
    const run = warmRun();
    // Event 3 is the third decision (index 2): call Samir to order instead.
    const late = finishRandomly(branchFrom(run, 3, JSON.stringify({ type: 'choice.select', index: 0 }))!, 5);
    // Event 0 is the first decision: walk to the desk instead, then play on.
    const early = finishRandomly(branchFrom(run, 0, JSON.stringify({ type: 'choice.select', index: 1 }))!, 6);
    const elsewhere = finishRandomly(startRun(compileShipped('maandag-eerste-uur'), NEUTRAL_OPTIONS), 1);
    const result = resultOf(run, extra({ whatIf: [late, early, elsewhere] }));
    expect(ResultFile.safeParse(result).success).toBe(true);
    // A run of another situation is no what-if of this one.
    expect(result.whatIf).toHaveLength(2);
    expect(result.whatIf.map((other) => other.branchedAt)).toEqual([2, 0]);
    expect(result.whatIf[0]!.decisions.slice(0, 2)).toEqual(result.run.decisions.slice(0, 2));
    expect(result.whatIf[0]!.decisions[2]!.key).toBe('botsing/roepen');
    expect(result.whatIf[1]!.decisions[0]!.key).toBe('deur/bureau');
    // The run itself is untouched by its branches.
    expect(result.run).toEqual(resultOf(run, extra()).run);
  });

  it('cuts what a student typed to the file’s bounds and leaves out an empty nickname', () => {
    const result = resultOf(warmRun(), extra({
      nickname: 'x'.repeat(100),
      reflections: [{ question: 'Wat zou je anders doen?', answer: 'a'.repeat(6000) }],
    }));
    expect(result.nickname).toHaveLength(NICKNAME_MAX);
    expect(result.reflections[0]!.answer).toHaveLength(REFLECTION_ANSWER_MAX);
    expect(ResultFile.safeParse(result).success).toBe(true);
    expect('nickname' in resultOf(warmRun(), extra({ nickname: '   ' }))).toBe(false);
  });

  it('keeps markup in a nickname or a reflection as plain text, unaltered', () => {
    const script = '<script>alert("hallo")</script>';
    const result = resultOf(warmRun(), extra({ nickname: script, reflections: [{ question: 'Vraag?', answer: `${script} & <b>vet</b>` }] }));
    expect(result.nickname).toBe(script);
    const parsed = parseResult(JSON.stringify(result), [{ id: 'motor', hash: motor.hash }]);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.result.nickname).toBe(script);
    expect(parsed.result.reflections[0]!.answer).toBe(`${script} & <b>vet</b>`);
    expect(resultCsv(result)).toContain(`Bijnaam,"<script>alert(""hallo"")</script>"`);
  });

  it('names the file after the situation and the local date', () => {
    expect(resultFileName('motor', new Date(2025, 2, 7, 23, 59), 'json')).toBe('klasdeur-motor-2025-03-07.json');
    expect(resultFileName('maandag-eerste-uur', new Date(2024, 10, 30), 'csv')).toBe('klasdeur-maandag-eerste-uur-2024-11-30.csv');
  });
});

describe('resultCsv', () => {
  it('quotes fields with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('Jan, Piet')).toBe('"Jan, Piet"');
    expect(csvField('zei "hallo"')).toBe('"zei ""hallo"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField(42)).toBe('42');
  });

  it('defuses a field that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+32 11 22', '-2', '@SUM(A1)', '\t=1']) expect(guardFormula(text)).toBe(`'${text}`);
    expect(guardFormula('een = twee')).toBe('een = twee');
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
  });

  it('starts with a BOM, a header block and one row per decision, with CRLF line ends', () => {
    const result = resultOf(warmRun(), extra({
      nickname: '=cmd|calc',
      reflections: [{ question: 'Wat zou je morgen anders doen?', answer: 'Ik groet, "rustig",\nen wacht.' }],
    }));
    const csv = resultCsv(result);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.slice(0, 11)).toEqual([
      'Situatie,Motorproef (motor)',
      "Bijnaam,'=cmd|calc",
      'Datum,2025-03-07T10:30:00.000Z',
      `Score (van 100),${Math.round(result.run.score.total)}`,
      'Structuur én nabijheid (%),77',
      'Band met de leerlingen (%),89',
      'Niemand valt uit de boot (%),60',
      'Betrokkenheid en leerwinst (%),35',
      'Herstel na een botsing (%),100',
      'Einde,Een warme klas',
      'Klasprofiel,gezaghebbend',
    ]);
    expect(lines.slice(12, 16)).toEqual([
      'nr,waar,sleutel,gekozen optie,seconden sinds de start',
      '1,deur,deur/groet,Groet Lisa bij naam.,1',
      '2,gsm,gsm/0,Wijs even naar de gsm en knik naar zijn boekentas.,3',
      '3,botsing,botsing/rustig,Zeg rustig wat je ziet en wat wel kan.,7',
    ]);
    expect(csv).toContain('\r\nvraag,antwoord\r\nWat zou je morgen anders doen?,"Ik groet, ""rustig"",\nen wacht."\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('keeps back what the debrief kept back: no score for words, no class profile either for reflection', () => {
    const words = resultCsv(resultOf(warmRun(), extra({ feedback: 'words', lang: 'en' })));
    expect(words).not.toMatch(/Score|\(%\)/);
    expect(words).toContain('Class profile,authoritative');
    expect(words).toContain('Ending,A warm class');
    const reflection = resultCsv(resultOf(warmRun(), extra({ feedback: 'reflection' })));
    expect(reflection).not.toMatch(/Score|\(%\)|Klasprofiel/);
    expect(reflection).toContain('1,deur,deur/groet,Groet Lisa bij naam.,1');
  });
});

describe('parseResult', () => {
  const known = [{ id: 'motor', hash: motor.hash }];
  const valid = () => resultOf(warmRun(), extra({ nickname: 'Sofie' })) as Record<string, unknown>;

  it('reads an exported file, as text or as bytes with a BOM', () => {
    const json = JSON.stringify(valid(), null, 2);
    const fromText = parseResult(json, known);
    expect(fromText).toMatchObject({ ok: true, warnings: [] });
    if (fromText.ok) expect(fromText.result.run.decisions[2]!.key).toBe('botsing/rustig');
    const bytes = new TextEncoder().encode(`\uFEFF${json}`);
    expect(parseResult(bytes, known)).toMatchObject({ ok: true, warnings: [], result: { nickname: 'Sofie' } });
    expect(parseResult(bytes.buffer, known)).toMatchObject({ ok: true });
  });

  it('refuses a file over the limit before reading it', () => {
    expect(parseResult(' '.repeat(MAX_RESULT_BYTES + 1), known)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseResult(new Uint8Array(MAX_RESULT_BYTES + 1), known)).toMatchObject({ ok: false, problem: 'too-large' });
    // Under the limit in characters, over it in UTF-8 bytes.
    expect(parseResult('é'.repeat(MAX_RESULT_BYTES / 2 + 1), known)).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('refuses what is not JSON, or not UTF-8', () => {
    expect(parseResult('format: klasdeur-result', known)).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseResult('{"format": "klasdeur-result",', known)).toMatchObject({ ok: false, problem: 'not-json' });
    expect(parseResult(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), known)).toMatchObject({ ok: false, problem: 'not-json' });
  });

  it('refuses JSON that is no Klasdeur result', () => {
    for (const text of ['[]', 'null', '42', '"klasdeur-result"', '{"format":"klasdeur-save","version":1}', JSON.stringify({ ...valid(), format: 'other' })]) {
      expect(parseResult(text, known), text.slice(0, 40)).toMatchObject({ ok: false, problem: 'not-a-result' });
    }
  });

  it('refuses a newer version of the format', () => {
    expect(parseResult(JSON.stringify({ ...valid(), version: 2 }), known)).toMatchObject({ ok: false, problem: 'newer-version' });
  });

  it('refuses a file of the wrong shape, saying where', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid(), nickname: 'x'.repeat(10_000) }, 'nickname'],
      [{ ...valid(), version: 0 }, 'version'],
      [{ ...valid(), extra: 'veld' }, ''],
      [{ ...valid(), lang: 'fr' }, 'lang'],
      [{ ...valid(), reflections: Array.from({ length: 11 }, () => ({ question: 'v', answer: 'a' })) }, 'reflections'],
    ];
    for (const [file, path] of cases) {
      const parsed = parseResult(JSON.stringify(file), known);
      expect(parsed).toMatchObject({ ok: false, problem: 'wrong-shape' });
      if (!parsed.ok) expect(parsed.detail).toContain(path);
    }
    const broken = valid() as { run: { score: { total: number } } };
    broken.run.score.total = 150;
    expect(parseResult(JSON.stringify(broken), known)).toMatchObject({ ok: false, problem: 'wrong-shape', detail: expect.stringContaining('run.score.total') });
  });

  it('never throws, even on deeply nested input', () => {
    const deep = `{"format":"klasdeur-result","version":1,"nickname":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(parseResult(deep, known)).toMatchObject({ ok: false });
    expect(parseResult(`{"format":"klasdeur-result","version":1,"__proto__":{"polluted":true}}`, known)).toMatchObject({ ok: false, problem: 'wrong-shape' });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('warns about a situation it does not know, or knows with other content', () => {
    const json = JSON.stringify(valid());
    expect(parseResult(json, [])).toMatchObject({ ok: true, warnings: ['unknown-situation'] });
    expect(parseResult(json, [{ id: 'motor', hash: 'a'.repeat(64) }])).toMatchObject({ ok: true, warnings: ['changed-situation'] });
  });

  it('has a Dutch and an English message for every problem and warning', () => {
    expect(Object.keys(RESULT_MESSAGES).sort()).toEqual([...RESULT_PROBLEMS, ...RESULT_WARNINGS].sort());
    for (const message of Object.values(RESULT_MESSAGES)) {
      expect(message.nl.length).toBeGreaterThan(10);
      expect(message.en.length).toBeGreaterThan(10);
      expect(message.nl).not.toBe(message.en);
    }
  });
});
