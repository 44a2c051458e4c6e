/**
 * The dashboard's file intake, in Node: results files and zips built with fflate's zipSync go through the
 * same code the browser runs. Sizes are checked before reading, zips are listed before anything is
 * inflated (600 entries, a 3 MB entry, a declared size of 4 GB, a total past 50 MB), only .json entries
 * are read and by their name alone, hostile or malformed files are refused with their reason while the
 * others still load, and the same run twice is a duplicate.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { randomPolicy } from '../../src/core/paths/randomPlay.ts';
import { resultOf } from '../../src/core/results/buildResult.ts';
import type { ResultFile } from '../../src/core/results/resultFile.ts';
import { isFinished, possibleEvents, startRun, step } from '../../src/core/session/run.ts';
import { createIntake, fileNameOf, INTAKE_LIMITS, unpackZip, type DroppedFile, type IntakeOutcome } from '../../src/ui/dashboard/fileIntake.ts';
import { tally } from '../../src/ui/dashboard/fileList.ts';
import { compileShipped } from '../support/engineFixture.ts';

const september = compileShipped('september-eerste-les');
const KNOWN = [{ id: september.scenario.id, hash: september.hash }];
const MB = 1024 * 1024;

function resultFor(seed: number, nickname?: string): ResultFile {
  const policy = randomPolicy(seed);
  let run = startRun(september, NEUTRAL_OPTIONS);
  let at = seed;
  while (!isFinished(run)) {
    at += 1700;
    run = step(run, { ...policy(run, possibleEvents(run)), at })!;
  }
  return resultOf(run, { lang: 'nl', ...(nickname ? { nickname } : {}), reflections: [], whatIf: [], feedback: 'full', now: new Date(Date.UTC(2025, 8, 2)) });
}

const bytesOf = (value: unknown) => strToU8(JSON.stringify(value));

/** A file as the browser hands it: its size up front, its bytes on request (counted, to prove what was read). */
function file(name: string, content: Uint8Array | string): DroppedFile & { reads: number } {
  const bytes = typeof content === 'string' ? strToU8(content) : content;
  const dropped = {
    name,
    size: bytes.byteLength,
    reads: 0,
    read: async () => {
      dropped.reads++;
      return bytes;
    },
  };
  return dropped;
}

/** A file that claims a size and must never be read. */
function huge(name: string, size: number): DroppedFile {
  return {
    name,
    size,
    read: async () => {
      throw new Error(`${name} was read`);
    },
  };
}

const statuses = (outcomes: readonly IntakeOutcome[]) =>
  outcomes.map((outcome) => {
    switch (outcome.status) {
      case 'accepted':
        return [outcome.status, outcome.name, outcome.inZip ?? '', outcome.warnings.join(',')];
      case 'duplicate':
        return [outcome.status, outcome.name, outcome.inZip ?? '', outcome.firstSeen.name];
      case 'refused':
        return [outcome.status, outcome.name, outcome.inZip ?? '', outcome.problem];
      case 'skipped':
        return [outcome.status, outcome.name, outcome.count];
      case 'stopped':
        return [outcome.status, outcome.name, outcome.notRead];
      case 'left-out':
        return [outcome.status, outcome.count];
    }
  });

/** Sets the uncompressed size that the central directory declares for entry `index` of a zip. */
function declareSize(zip: Uint8Array, index: number, size: number): Uint8Array {
  const patched = zip.slice();
  const view = new DataView(patched.buffer);
  let seen = 0;
  for (let offset = 0; offset + 4 <= patched.length; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    if (seen++ === index) {
      view.setUint32(offset + 24, size, true);
      return patched;
    }
  }
  throw new Error('no such entry');
}

const one = resultFor(1, 'Juf Sofie');
const two = resultFor(2);
const three = resultFor(3);

describe('loose results files', () => {
  it('accepts good files and refuses hostile or malformed ones with their reason, the others still loading', async () => {
    const intake = createIntake(KNOWN);
    const big = huge('groot.json', 50 * MB);
    const script = { ...two, nickname: '<script>alert(1)</script>', reflections: [{ question: 'Vraag', answer: '<img src=x onerror=alert(1)>' }] };
    const outcomes = await intake.take([
      file('sofie.json', bytesOf(one)),
      file('notities.json', 'dit is geen json {'),
      big,
      file('ander.json', bytesOf({ format: 'iets-anders', version: 1 })),
      file('kapot.json', bytesOf({ ...three, run: { ...three.run, score: { ...three.run.score, total: 250 } } })),
      file('nieuw.json', bytesOf({ ...three, version: 2 })),
      file('lange-naam.json', bytesOf({ ...three, nickname: 'x'.repeat(61) })),
      file('binair.json', new Uint8Array([0xff, 0xfe, 0x00, 0x81])),
      file('script.json', bytesOf(script)),
    ]);
    expect(statuses(outcomes)).toEqual([
      ['accepted', 'sofie.json', '', ''],
      ['refused', 'notities.json', '', 'not-json'],
      ['refused', 'groot.json', '', 'too-large'],
      ['refused', 'ander.json', '', 'not-a-result'],
      ['refused', 'kapot.json', '', 'wrong-shape'],
      ['refused', 'nieuw.json', '', 'newer-version'],
      ['refused', 'lange-naam.json', '', 'wrong-shape'],
      ['refused', 'binair.json', '', 'not-json'],
      ['accepted', 'script.json', '', ''],
    ]);
    const kapot = outcomes[4]!;
    expect(kapot.status === 'refused' && kapot.detail).toContain('run.score.total');
    // A script is only text: kept as typed, to be shown with textContent.
    const accepted = outcomes[8]!;
    expect(accepted.status === 'accepted' && accepted.result.nickname).toBe('<script>alert(1)</script>');
    expect(tally(outcomes)).toEqual({ accepted: 2, duplicates: 0, refused: 7 });
  });

  it('refuses a file over 2 MB on its size alone, without reading it', async () => {
    const intake = createIntake(KNOWN);
    const justOver = file('net-te-groot.json', new Uint8Array(INTAKE_LIMITS.maxEntryBytes + 1));
    const outcomes = await intake.take([justOver, huge('enorm.json', 50 * MB), huge('resultaat.txt', 3 * MB)]);
    expect(statuses(outcomes).map((line) => line[3])).toEqual(['too-large', 'too-large', 'too-large']);
    expect(justOver.reads).toBe(0);
  });

  it('accepts a result of a changed or unknown situation with its warning', async () => {
    const intake = createIntake(KNOWN);
    const changed = { ...one, scenario: { ...one.scenario, contentHash: 'een-oudere-versie' } };
    const unknown = { ...two, scenario: { ...two.scenario, id: 'eigen-situatie' } };
    expect(statuses(await intake.take([file('oud.json', bytesOf(changed)), file('eigen.json', bytesOf(unknown))]))).toEqual([
      ['accepted', 'oud.json', '', 'changed-situation'],
      ['accepted', 'eigen.json', '', 'unknown-situation'],
    ]);
  });

  it('recognises the same run dropped again, in the same drop or a later one, until the list is cleared', async () => {
    const intake = createIntake(KNOWN);
    const exportedAgain = { ...one, exportedAt: '2025-09-03T09:00:00.000Z' };
    expect(statuses(await intake.take([file('a.json', bytesOf(one)), file('a-kopie.json', bytesOf(one)), file('b.json', bytesOf(two))]))).toEqual([
      ['accepted', 'a.json', '', ''],
      ['duplicate', 'a-kopie.json', '', 'a.json'],
      ['accepted', 'b.json', '', ''],
    ]);
    expect(statuses(await intake.take([file('later.json', bytesOf(exportedAgain))]))).toEqual([['duplicate', 'later.json', '', 'a.json']]);
    intake.reset();
    expect(statuses(await intake.take([file('a.json', bytesOf(one))]))).toEqual([['accepted', 'a.json', '', '']]);
  });

  it('reads at most 500 files from one drop and says how many were left out', async () => {
    const intake = createIntake(KNOWN);
    const files = Array.from({ length: 503 }, (_, index) => file(`${index}.json`, 'x'));
    const outcomes = await intake.take(files);
    expect(outcomes).toHaveLength(501);
    expect(outcomes.at(-1)).toEqual({ status: 'left-out', count: 3 });
    expect(files[502]!.reads).toBe(0);
  });
});

describe('zip files', () => {
  it('reads the .json entries of a zip by their name alone, skipping other files, folders and a nested zip', async () => {
    const inner = zipSync({ 'binnen.json': bytesOf(three) });
    const entries: Zippable = {
      'groep-a/sofie.json': bytesOf(one),
      '../../buiten.json': bytesOf(two),
      'leesmij.txt': strToU8('hallo'),
      'groep-b/': new Uint8Array(0),
      '__MACOSX/groep-a/._sofie.json': strToU8('metadata'),
      'genest.zip': inner,
    };
    const intake = createIntake(KNOWN);
    const outcomes = await intake.take([file('klas.zip', zipSync(entries))]);
    expect(statuses(outcomes)).toEqual([
      ['accepted', 'sofie.json', 'klas.zip', ''],
      ['accepted', 'buiten.json', 'klas.zip', ''],
      ['skipped', 'klas.zip', 4],
    ]);
    expect(fileNameOf('..\\..\\windows\\x.json')).toBe('x.json');
  });

  it('refuses a zip of 600 entries without unpacking any', async () => {
    const entries: Zippable = {};
    for (let index = 0; index < 600; index++) entries[`r${index}.json`] = bytesOf({ index });
    const zip = zipSync(entries);
    expect(unpackZip(zip)).toMatchObject({ problem: 'zip-too-many-entries', entries: [] });
    const outcomes = await createIntake(KNOWN).take([file('te-veel.zip', zip)]);
    expect(statuses(outcomes)).toEqual([['refused', 'te-veel.zip', '', 'zip-too-many-entries']]);
    // 500 is still fine.
    const fine: Zippable = {};
    for (let index = 0; index < 500; index++) fine[`r${index}.json`] = bytesOf({ index });
    expect(unpackZip(zipSync(fine)).entries).toHaveLength(500);
  });

  it('refuses a 3 MB entry unread and still reads the others', async () => {
    const padded = strToU8(JSON.stringify(one) + ' '.repeat(3 * MB));
    const zip = zipSync({ 'groot.json': padded, 'goed.json': bytesOf(two) });
    const contents = unpackZip(zip);
    expect(contents.tooLarge).toEqual(['groot.json']);
    expect(contents.entries.map((entry) => entry.name)).toEqual(['goed.json']);
    expect(statuses(await createIntake(KNOWN).take([file('mix.zip', zip)]))).toEqual([
      ['accepted', 'goed.json', 'mix.zip', ''],
      ['refused', 'groot.json', 'mix.zip', 'too-large'],
    ]);
  });

  it('checks a declared size before making room for it: 4 GB is refused, a small lie only truncates', async () => {
    const zip = zipSync({ 'bom.json': bytesOf(one), 'klein.json': bytesOf(two), 'goed.json': bytesOf(three) });
    const lying = declareSize(declareSize(zip, 0, 0xffffffff), 1, 20);
    const contents = unpackZip(lying);
    expect(contents.tooLarge).toEqual(['bom.json']);
    const small = contents.entries.find((entry) => entry.name === 'klein.json')!;
    expect(small.bytes.byteLength).toBeLessThanOrEqual(20);
    expect(statuses(await createIntake(KNOWN).take([file('leugen.zip', lying)]))).toEqual([
      ['refused', 'klein.json', 'leugen.zip', 'not-json'],
      ['accepted', 'goed.json', 'leugen.zip', ''],
      ['refused', 'bom.json', 'leugen.zip', 'too-large'],
    ]);
  });

  it('stops reading a zip once its entries would unpack to more than 50 MB', async () => {
    // 30 entries that declare 1.9 MB each (57 MB in all; 26 fit under 50 MB) in a zip of a few kilobytes: the
    // first really is 1.9 MB of spaces, packed a thousandfold; the others only say so.
    const entrySize = Math.floor(1.9 * MB);
    const entries: Zippable = { 'vol-0.json': [new Uint8Array(entrySize).fill(0x20), { level: 9 }] };
    for (let index = 1; index < 30; index++) entries[`vol-${index}.json`] = strToU8('{}');
    let zip: Uint8Array = zipSync(entries);
    for (let index = 1; index < 30; index++) zip = declareSize(zip, index, entrySize);
    expect(zip.byteLength).toBeLessThan(64 * 1024);
    const contents = unpackZip(zip);
    expect(contents.entries).toHaveLength(26);
    expect(contents.entries[0]!.bytes.byteLength).toBe(entrySize);
    expect(contents.notRead).toBe(4);
    const outcomes = await createIntake(KNOWN).take([file('bom.zip', zip)]);
    expect(outcomes.at(-1)).toEqual({ status: 'stopped', name: 'bom.zip', notRead: 4 });
    expect(outcomes.filter((outcome) => outcome.status === 'refused')).toHaveLength(26);
    expect(tally(outcomes)).toEqual({ accepted: 0, duplicates: 0, refused: 30 });
  });

  it('refuses a zip over 50 MB unread, a file that is no zip, and a zip without results; a damaged entry costs only itself', async () => {
    const damaged = zipSync({ 'a.json': bytesOf(one), 'b.json': bytesOf(two) }, { level: 9 });
    // Overwrite the start of the first entry's deflate data (after its 30-byte local header and its name).
    for (let offset = 30 + 'a.json'.length; offset < 30 + 'a.json'.length + 12; offset++) damaged[offset] = 0xff;
    const outcomes = await createIntake(KNOWN).take([
      huge('alles.zip', 51 * MB),
      file('nep.zip', 'PK dit lijkt maar is geen zip'),
      file('leeg.zip', zipSync({ 'leesmij.txt': strToU8('geen resultaten') })),
      file('beschadigd.zip', damaged),
    ]);
    const lines = statuses(outcomes);
    expect(lines.slice(0, 4)).toEqual([
      ['refused', 'alles.zip', '', 'too-large'],
      ['refused', 'nep.zip', '', 'not-a-zip'],
      ['refused', 'leeg.zip', '', 'zip-empty'],
      ['skipped', 'leeg.zip', 1],
    ]);
    const fromDamaged = lines.slice(4);
    expect(fromDamaged).toHaveLength(2);
    expect(fromDamaged).toContainEqual(['accepted', 'b.json', 'beschadigd.zip', '']);
    const broken = fromDamaged.find((line) => line[1] === 'a.json')!;
    expect(broken[0]).toBe('refused');
    expect(['unreadable', 'not-json', 'wrong-shape']).toContain(broken[3]);
  });
});
