/**
 * Assignment links (issue 10): what a lecturer's link carries comes back unchanged (one situation, several,
 * a school year, any title), the format stays short and readable, and every way a link can be wrong is
 * refused with its reason, never with an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignmentFragment,
  assignmentUrl,
  cleanTitle,
  MAX_TITLE_LENGTH,
  readAssignment,
  settingsToStore,
  withAssignment,
  type Assignment,
  type AssignmentProblemCode,
  type FeedbackMode,
} from '../../src/core/assignment/index.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';

const known = {
  scenarioIds: ['september-eerste-les', 'maandag-eerste-uur', 'januari-in-3a', 'na-de-speeltijd-5b', 'lente-de-botsing', 'a', 'b', 'c', 'd'],
  yearIds: ['3a-schooljaar'],
};
const BASE = 'https://lectoren.example/klasdeur/index.html';
const one: Assignment = { situations: ['september-eerste-les'], lang: 'nl', feedback: 'full', timePressure: true };
const several: Assignment = {
  situations: ['maandag-eerste-uur', 'september-eerste-les', 'lente-de-botsing'],
  lang: 'en',
  feedback: 'words',
  timePressure: false,
  title: 'Week 3: de eerste les',
};
const year: Assignment = { year: '3a-schooljaar', lang: 'nl', feedback: 'reflection', timePressure: false, title: 'Het hele jaar in 3A' };

const roundTrip = (assignment: Assignment) => readAssignment(assignmentUrl(BASE, assignment), known);
const refusal = (text: string) => {
  const read = readAssignment(text, known);
  if (read.ok) throw new Error(`expected a refusal for ${text}`);
  return read.problem;
};
const link = (query: string) => `${BASE}#opdracht?${query}`;
const VALID = 's=september-eerste-les&taal=nl&feedback=volledig&tijd=aan';

describe('an assignment link', () => {
  it('carries one situation and its settings, and reads back the same', () => {
    expect(roundTrip(one)).toEqual({ ok: true, assignment: one });
  });

  it('carries several situations in the lecturer’s order, with the title', () => {
    expect(roundTrip(several)).toEqual({ ok: true, assignment: several });
  });

  it('carries a school year instead of situations', () => {
    expect(roundTrip(year)).toEqual({ ok: true, assignment: year });
  });

  it('is short and readable, in the fragment so no server sees it', () => {
    expect(assignmentUrl(BASE, several)).toBe(
      `${BASE}#opdracht?s=maandag-eerste-uur,september-eerste-les,lente-de-botsing&taal=en&feedback=woorden&tijd=uit&titel=Week+3%3A+de+eerste+les`,
    );
    expect(assignmentFragment(year)).toBe('opdracht?jaar=3a-schooljaar&taal=nl&feedback=reflectie&tijd=uit&titel=Het+hele+jaar+in+3A');
  });

  it('replaces a fragment the base address already had', () => {
    expect(assignmentUrl(`${BASE}?x=1#beat-3`, one)).toBe(`${BASE}?x=1#opdracht?s=september-eerste-les&taal=nl&feedback=volledig&tijd=aan`);
  });

  it('names each feedback mode and time pressure in words, and reads each back', () => {
    const modes: [FeedbackMode, string][] = [['full', 'volledig'], ['words', 'woorden'], ['reflection', 'reflectie']];
    for (const [feedback, word] of modes) {
      for (const timePressure of [true, false]) {
        const assignment: Assignment = { ...one, feedback, timePressure };
        const url = assignmentUrl(BASE, assignment);
        expect(url).toContain(`feedback=${word}`);
        expect(url).toContain(`tijd=${timePressure ? 'aan' : 'uit'}`);
        expect(readAssignment(url, known)).toEqual({ ok: true, assignment });
      }
    }
  });

  it('reads a whole address, a fragment with #, and a fragment without', () => {
    const fragment = assignmentFragment(several);
    for (const text of [`${BASE}#${fragment}`, `#${fragment}`, fragment]) expect(readAssignment(text, known)).toEqual({ ok: true, assignment: several });
  });

  it('keeps a title with <script> as plain text, with nothing HTML-like in the link itself', () => {
    const title = '<script>alert("x")</script> & <b>vet</b>';
    const url = assignmentUrl(BASE, { ...one, title });
    expect(url).not.toMatch(/[<>"\s]/);
    expect(readAssignment(url, known)).toEqual({ ok: true, assignment: { ...one, title } });
  });

  it('keeps titles with characters that mean something in a link: + & = # % ? and accents, emoji', () => {
    const title = 'Les 1+1 = 2 & #3 aan 100% — "klaar?" Ça va 👩‍🏫';
    expect(roundTrip({ ...one, title })).toEqual({ ok: true, assignment: { ...one, title } });
  });

  it('cleans the title it writes: white space folded, cut at the maximum, empty means none', () => {
    expect(cleanTitle('  Week\n3 \t les  ')).toBe('Week 3 les');
    expect(cleanTitle('   ')).toBeUndefined();
    const long = 'é'.repeat(MAX_TITLE_LENGTH + 30);
    const read = roundTrip({ ...one, title: long });
    expect(read.ok && read.assignment.title).toBe('é'.repeat(MAX_TITLE_LENGTH));
    expect(roundTrip({ ...one, title: ' ' })).toEqual({ ok: true, assignment: one });
  });

  it('gives back any assignment it wrote, with its title as cleanTitle makes it', () => {
    const assignments = fc.record({
      kind: fc.constantFrom('situations', 'year'),
      situations: fc.shuffledSubarray(known.scenarioIds, { minLength: 1, maxLength: 8 }),
      lang: fc.constantFrom('nl' as const, 'en' as const),
      feedback: fc.constantFrom<FeedbackMode>('full', 'words', 'reflection'),
      timePressure: fc.boolean(),
      title: fc.option(fc.string({ unit: 'grapheme', maxLength: 160 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(assignments, ({ kind, situations, title, ...settings }) => {
        const assignment: Assignment = kind === 'year' ? { year: '3a-schooljaar', ...settings, title } : { situations, ...settings, title };
        const cleaned = cleanTitle(title);
        const { title: _, ...rest } = assignment;
        expect(roundTrip(assignment)).toEqual({ ok: true, assignment: cleaned === undefined ? rest : { ...rest, title: cleaned } });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a link that is not an assignment', () => {
  it('answers "none", so the game simply starts as usual', () => {
    for (const text of ['', BASE, `${BASE}#`, '#beat-3', '#opdrachten?s=a', 'opdracht-x']) expect(refusal(text).code).toBe('none');
  });
});

describe('a broken assignment link is refused with its reason', () => {
  const cases: [string, string, AssignmentProblemCode, string?][] = [
    ['no situations and no year', 'taal=nl&feedback=volledig&tijd=aan', 'missing', 's'],
    ['nothing at all', '', 'missing', 's'],
    ['an empty list of situations', 's=&taal=nl&feedback=volledig&tijd=aan', 'missing', 's'],
    ['an empty year', 'jaar=&taal=nl&feedback=volledig&tijd=aan', 'missing', 'jaar'],
    ['no language', 's=a&feedback=volledig&tijd=aan', 'missing', 'taal'],
    ['no feedback mode', 's=a&taal=nl&tijd=aan', 'missing', 'feedback'],
    ['no time pressure', 's=a&taal=nl&feedback=volledig', 'missing', 'tijd'],
    ['both situations and a year', `${VALID}&jaar=3a-schooljaar`, 'both-kinds'],
    ['an unknown key', `${VALID}&score=100`, 'unknown-key', 'score'],
    ['a key given twice', `${VALID}&taal=en`, 'duplicate-key', 'taal'],
    ['situations given twice', `${VALID}&s=maandag-eerste-uur`, 'duplicate-key', 's'],
    ['a part without =', `${VALID}&titel`, 'unreadable'],
    ['a part with an empty key', `${VALID}&=x`, 'unreadable'],
    ['a broken percent escape in the title', `${VALID}&titel=%E0%A4%A`, 'unreadable', 'titel'],
    ['a broken percent escape in a situation', 's=a,%ZZ&taal=nl&feedback=volledig&tijd=aan', 'unreadable', 's'],
    ['a language the game does not have', 's=a&taal=fr&feedback=volledig&tijd=aan', 'bad-value', 'taal'],
    ['a feedback mode that does not exist', 's=a&taal=nl&feedback=score&tijd=aan', 'bad-value', 'feedback'],
    ['the English word for a feedback mode', 's=a&taal=nl&feedback=full&tijd=aan', 'bad-value', 'feedback'],
    ['time pressure that is neither aan nor uit', 's=a&taal=nl&feedback=volledig&tijd=ja', 'bad-value', 'tijd'],
    ['a title with a line break', `${VALID}&titel=een%0Atwee`, 'bad-value', 'titel'],
    ['a title over the maximum', `${VALID}&titel=${'x'.repeat(MAX_TITLE_LENGTH + 1)}`, 'title-too-long', 'titel'],
    ['a situation the game does not ship', 's=september-eerste-les,de-verzonnen-les&taal=nl&feedback=volledig&tijd=aan', 'unknown-situation', 's'],
    ['a situation named twice', 's=a,b,a&taal=nl&feedback=volledig&tijd=aan', 'duplicate-situation', 's'],
    ['more than eight situations', `s=${known.scenarioIds.join(',')}&taal=nl&feedback=volledig&tijd=aan`, 'too-many-situations', 's'],
    ['a year the game does not ship', 'jaar=4b-schooljaar&taal=nl&feedback=volledig&tijd=aan', 'unknown-year', 'jaar'],
    ['a situation id given as the year', 'jaar=september-eerste-les&taal=nl&feedback=volledig&tijd=aan', 'unknown-year', 'jaar'],
  ];
  it.each(cases)('%s', (_, query, code, key) => {
    const problem = refusal(link(query));
    expect(problem.code).toBe(code);
    if (key !== undefined) expect(problem.key).toBe(key);
  });

  it('a link of absurd length, unread', () => {
    expect(refusal(link(`${VALID}&titel=${'x'.repeat(5000)}`)).code).toBe('too-long');
  });

  it('says which value was wrong, shortened when it is long', () => {
    expect(refusal(link('s=de-verzonnen-les&taal=nl&feedback=volledig&tijd=aan')).value).toBe('de-verzonnen-les');
    const value = refusal(link(`s=${'q'.repeat(300)}&taal=nl&feedback=volledig&tijd=aan`)).value!;
    expect([...value].length).toBeLessThanOrEqual(40);
    expect(value.endsWith('…')).toBe(true);
  });
});

describe('readAssignment never throws', () => {
  const wellFormed = (text: string) => {
    const read = readAssignment(text, known);
    if (read.ok) expect(read.assignment.lang === 'nl' || read.assignment.lang === 'en').toBe(true);
    else expect(read.problem.code.length).toBeGreaterThan(0);
  };

  it('on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), wellFormed), { numRuns: 500 });
  });

  it('on any string after #opdracht?', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => wellFormed(`#opdracht?${text}`)), { numRuns: 500 });
  });

  it('on a valid link with characters cut out or put in', () => {
    const valid = assignmentUrl(BASE, several);
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(12), fc.string({ unit: 'binary', maxLength: 6 }), (at, cut, insert) =>
        wellFormed(valid.slice(0, at) + insert + valid.slice(at + cut)),
      ),
      { numRuns: 500 },
    );
  });

  it('on parts drawn from the link’s own words', () => {
    const part = fc.constantFrom('s=a', 's=a,b', 'jaar=3a-schooljaar', 'taal=nl', 'taal=xx', 'feedback=woorden', 'tijd=uit', 'titel=%', 'titel=a+b', '=', '&', 'x=y', '');
    fc.assert(fc.property(fc.array(part, { maxLength: 8 }), (parts) => wellFormed(`#opdracht?${parts.join('&')}`)), { numRuns: 500 });
  });
});

describe('an active assignment and the settings', () => {
  it('plays with the assignment’s language and time pressure, the rest as stored', () => {
    const stored = { ...DEFAULT_SETTINGS, lang: 'nl' as const, timePressure: true, textSize: 'groot' as const };
    expect(withAssignment(stored, several)).toEqual({ ...stored, lang: 'en', timePressure: false });
    expect(withAssignment(stored, undefined)).toBe(stored);
  });

  it('stores only what the player changed, never the assignment’s language', () => {
    const stored = { ...DEFAULT_SETTINGS, lang: 'nl' as const, timePressure: true };
    const shown = withAssignment(stored, several);
    expect(settingsToStore(stored, shown, { ...shown, textSize: 'groot' })).toEqual({ ...stored, textSize: 'groot' });
    expect(settingsToStore(stored, shown, { ...shown, timePressure: true })).toEqual(stored);
    expect(settingsToStore(stored, stored, { ...stored, muted: true })).toEqual({ ...stored, muted: true });
  });
});
