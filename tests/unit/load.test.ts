/**
 * The loader judges a scenario file precisely: one test per kind of mistake, each asserting the exact
 * line, column and message a lecturer sees. The base file below is valid; each test changes one line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile, type LoadOptions } from '../../src/core/scenario/load.ts';
import type { Cast } from '../../src/core/scenario/schema.ts';

const miniCast = loadFile(readFileSync(new URL('../fixtures/check/mini.cast.yaml', import.meta.url))).cast as Cast;
const casts = new Map([[miniCast.id, miniCast]]);

// prettier-ignore
const BASE = [
  /*  1 */ 'id: proef',
  /*  2 */ 'title: { nl: Proef, en: Trial }',
  /*  3 */ 'summary: { nl: Een korte proef., en: A short trial. }',
  /*  4 */ 'myth: geen-tijd',
  /*  5 */ 'level: secundair',
  /*  6 */ 'cast: mini',
  /*  7 */ 'lessonMinutes: 50',
  /*  8 */ 'goals:',
  /*  9 */ '  - { nl: Leerlingen begroeten., en: Greet pupils. }',
  /* 10 */ 'evidence:',
  /* 11 */ '  - source: Lento & Stinckens (2026)',
  /* 12 */ '    note: { nl: Kleine signalen tellen., en: Small signals count. }',
  /* 13 */ 'beats:',
  /* 14 */ '  deur:',
  /* 15 */ '    place: klasdeur',
  /* 16 */ '    pupils:',
  /* 17 */ '      - { who: [lisa], does: binnenkomen }',
  /* 18 */ '    narration: { nl: Je staat aan de deur., en: You stand at the door. }',
  /* 19 */ '    choices:',
  /* 20 */ '      - text: { nl: Groet Lisa bij naam., en: Greet Lisa by name. }',
  /* 21 */ '        behaviour: { sturend: 0.5, vriendelijk: 0.5 }',
  /* 22 */ '        target: { pupils: [lisa] }',
  /* 23 */ '        next: afsluiting',
  /* 24 */ '      - text: { nl: Ga naar je bureau., en: Go to your desk. }',
  /* 25 */ '        behaviour: { onzeker: 1 }',
  /* 26 */ '        next: afsluiting',
  /* 27 */ 'endings:',
  /* 28 */ '  afsluiting:',
  /* 29 */ '    title: { nl: Klaar, en: Done }',
  /* 30 */ '    narration: { nl: De les begint., en: The lesson starts. }',
  /* 31 */ '    debrief:',
  /* 32 */ '      - { nl: Je koos., en: You chose. }',
];

/** The base file with some lines replaced (1-based line numbers). */
function withLines(replacements: Record<number, string>): string {
  return BASE.map((line, i) => replacements[i + 1] ?? line).join('\n');
}

function check(text: string | Uint8Array, options: LoadOptions = {}) {
  return loadFile(text, { casts, ...options });
}

/** The one error a file has, as line:col: message. */
function onlyError(text: string | Uint8Array, options: LoadOptions = {}): string {
  const result = check(text, options);
  expect(result.errors.map((e) => `${e.line}:${e.column}: ${e.message}`)).toHaveLength(1);
  const [error] = result.errors;
  return `${error!.line}:${error!.column}: ${error!.message}`;
}

describe('a valid file', () => {
  it('loads with no problem and gives the typed scenario', () => {
    const result = check(BASE.join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.kind).toBe('scenario');
    expect(result.scenario?.beats.deur?.choices?.[0]?.next).toBe('afsluiting');
  });

  it('loads a cast', () => {
    expect(miniCast.pupils.map((p) => p.id)).toEqual(['lisa', 'samir']);
  });
});

describe('files the loader refuses', () => {
  it('refuses a file over 1 MB', () => {
    const big = `${BASE.join('\n')}\n# ${'x'.repeat(1.1 * 1024 * 1024)}`;
    expect(onlyError(big)).toBe('1:1: Het bestand is 1.1 MB groot; een scenario mag hoogstens 1 MB zijn.');
  });

  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    expect(onlyError(bomb)).toBe(
      '2:8: Te veel verwijzingen (*alias) naar ankers (&): uitgeklapt zou het bestand gigantisch worden. Schrijf de tekst gewoon uit.',
    );
  });

  it('refuses binary data: a NUL byte or bytes that are not UTF-8', () => {
    const message = '1:1: Dit is geen tekstbestand (er staan binaire gegevens in). Bewaar het scenario als platte tekst in UTF-8.';
    expect(onlyError(new Uint8Array([0x69, 0x64, 0x3a, 0x00, 0x01]))).toBe(message);
    expect(onlyError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toBe(message);
  });

  it('refuses an empty file, also one with only comments', () => {
    const message = "1:1: Het bestand is leeg. Een scenario begint met velden zoals 'id:' en 'title:'.";
    expect(onlyError('')).toBe(message);
    expect(onlyError('\n  \n# nog niets\n')).toBe(message);
  });

  it('refuses a duplicate key where the second one stands', () => {
    expect(onlyError(withLines({ 16: '    place: bureau', 17: '    phase: begin' }))).toMatch(
      /^16:5: 'place' staat twee keer in dezelfde map; elke sleutel mag maar één keer voorkomen\.$/,
    );
  });

  it('refuses broken YAML syntax with its position', () => {
    expect(onlyError(withLines({ 2: 'title: { nl: Proef, en: Trial' }))).toMatch(/^\d+:\d+: Dit is geen geldige YAML: /);
  });

  it('refuses a file that is a list, not a map of fields', () => {
    expect(onlyError('- een\n- twee\n')).toBe(
      "1:1: Het bestand moet een map van velden zijn (zoals 'id: ...' op elke regel), geen lijst of losse tekst.",
    );
  });
});

describe('mistakes inside a file, one error each', () => {
  it('a dangling next, with a hint', () => {
    expect(onlyError(withLines({ 26: '        next: afsluiten' }))).toBe(
      "26:15: 'deur' stuurt naar 'afsluiten', maar die beat of dat einde bestaat niet. Bedoel je 'afsluiting'?",
    );
  });

  it('an unknown pupil, with a hint', () => {
    expect(onlyError(withLines({ 22: '        target: { pupils: [lisaa] }' }))).toBe(
      "22:28: 'lisaa' is geen leerling van de cast 'mini'. Bedoel je 'lisa'?",
    );
  });

  it('an unknown pupil in a stage direction', () => {
    expect(onlyError(withLines({ 17: '      - { who: [noor], does: binnenkomen }' }))).toBe(
      "17:17: 'noor' is geen leerling van de cast 'mini'.",
    );
  });

  it('an unknown octant key, with a hint and the eight keys', () => {
    expect(onlyError(withLines({ 21: '        behaviour: { stuurend: 0.5, vriendelijk: 0.5 }' }))).toBe(
      "21:22: 'stuurend' is geen octant van de Roos van Leary. Bedoel je 'sturend'? Kies uit: sturend, vriendelijk, begripvol, inschikkelijk, onzeker, ontevreden, corrigerend, dwingend.",
    );
  });

  it('an unknown place, with a hint and the places', () => {
    expect(onlyError(withLines({ 15: '    place: klassdeur' }))).toBe(
      "15:12: 'klassdeur' kan hier niet. Bedoel je 'klasdeur'? Kies uit: klasdeur, bureau, tussen-de-banken, gang, refter, lerarenkamer, speelplaats, schoolpoort.",
    );
  });

  it('a missing English text: an error for a shipped file, a warning with --lenient', () => {
    const dutchOnly = withLines({ 18: '    narration: { nl: Je staat aan de deur. }' });
    expect(onlyError(dutchOnly)).toBe('18:16: De Engelse tekst (en) ontbreekt.');
    const lenient = check(dutchOnly, { lenient: true });
    expect(lenient.ok).toBe(true);
    expect(lenient.warnings.map((w) => `${w.line}:${w.column}: ${w.message}`)).toEqual(['18:16: De Engelse tekst (en) ontbreekt.']);
  });

  it('a mis-indented key is named as such, once', () => {
    const text = withLines({ 31: '  debrief:', 32: '    - { nl: Je koos., en: You chose. }' });
    expect(onlyError(text)).toBe(
      "31:3: 'debrief' staat hier als id in 'endings', maar het is een veld van een einde: staat het te weinig ingesprongen?",
    );
  });

  it('a key indented too far is named as such, once', () => {
    const text = withLines({ 18: '    narration:\n      nl: Je staat aan de deur.\n      en: You stand at the door.\n      place: gang' });
    expect(onlyError(text)).toBe("21:7: Onbekend veld 'place'. 'place' is een veld van een beat: staat het te ver ingesprongen?");
  });

  it('a wrong type', () => {
    expect(onlyError(withLines({ 7: 'lessonMinutes: vijftig' }))).toBe("7:16: Verwacht een getal, maar hier staat de tekst 'vijftig'.");
  });

  it('an unknown field, with a hint and no second report of the field it meant', () => {
    expect(onlyError(withLines({ 26: '        nxt: afsluiting' }))).toBe("26:9: Onbekend veld 'nxt'. Bedoel je 'next'?");
  });

  it('a missing field points at the map that needs it', () => {
    expect(onlyError(withLines({ 26: '        minutes: 1' }))).toBe("24:9: Het veld 'next' ontbreekt.");
  });

  it('an unknown cast, with a hint', () => {
    expect(onlyError(withLines({ 6: 'cast: mina' }))).toBe(
      "6:7: De cast 'mina' bestaat niet. Bedoel je 'mini'? Casts staan in scenarios/casts/.",
    );
  });

  it('a number out of range', () => {
    expect(onlyError(withLines({ 21: '        behaviour: { sturend: 1.5 }' }))).toBe('21:31: Mag hoogstens 1 zijn.');
  });

  it('behaviour weights that add up to more than 1', () => {
    expect(onlyError(withLines({ 21: '        behaviour: { sturend: 0.7, vriendelijk: 0.7 }' }))).toBe(
      '21:20: De gewichten tellen op tot 1.4; samen mogen ze hoogstens 1 zijn.',
    );
  });

  it('a beat of no kind: no choices, no branches, no next', () => {
    const text = BASE.filter((_, i) => i + 1 < 19 || i + 1 > 26).join('\n');
    expect(onlyError(text)).toBe(
      "14:3: Een beat heeft ofwel 'choices', ofwel 'branches' met 'otherwise', ofwel alleen 'next' — precies één daarvan.",
    );
  });

  it('a condition with a mistyped key gets one error with a hint from every kind of condition', () => {
    const text = withLines({ 25: '        if: { closenes: { pupil: lisa, atLeast: 0.5 } }' });
    expect(onlyError(text)).toBe(
      "25:15: Onbekend veld 'closenes'. Bedoel je 'closeness'? Hier kan: closeness, conflict, engagement, agency, communion, meanAgency, meanCommunion, minutesLeft, chose, all, any, not.",
    );
  });

  it('a condition on a choice that does not exist', () => {
    const text = withLines({ 25: '        if: { chose: { beat: deur, choice: groet } }' });
    expect(onlyError(text)).toBe("25:44: De beat 'deur' heeft geen keuze met id 'groet'.");
  });

  it('several mistakes give several errors, in file order', () => {
    const result = check(withLines({ 6: 'cast: mina', 15: '    place: klassdeur', 26: '        next: afsluiten' }));
    expect(result.errors.map((e) => e.line)).toEqual([6, 15, 26]);
  });

  it('speaks English when asked', () => {
    expect(onlyError(withLines({ 26: '        next: afsluiten' }), { lang: 'en' })).toBe(
      "26:15: 'deur' leads to 'afsluiten', but no beat or ending has that id. Did you mean 'afsluiting'?",
    );
  });

  it('gives the field path of each problem', () => {
    const [error] = check(withLines({ 26: '        next: afsluiten' })).errors;
    expect(error?.path).toBe('beats.deur.choices[1].next');
  });
});
