/**
 * Golden transcripts (Yarn Spinner's .testplan idea): each `.testplan` under tests/fixtures is one path
 * through a scenario, as the player sees it. Replaying its inputs must give back the file exactly, so a
 * change to the engine or the content that alters what a player sees shows up here, line by line.
 * After an intended change, rewrite the files with `UPDATE_TRANSCRIPTS=1 npx vitest run tests/scenarios`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_OPTIONS } from '../../src/core/paths/enumerate.ts';
import { compileFixture } from '../support/engineFixture.ts';
import { inputsOf, transcriptOf } from '../support/transcript.ts';

const folder = new URL('../fixtures/engine/', import.meta.url).pathname;
const plans = readdirSync(folder).filter((name) => name.endsWith('.testplan'));

describe('golden transcripts', () => {
  it('has at least one', () => expect(plans.length).toBeGreaterThan(0));

  for (const name of plans) {
    it(`${name} replays exactly`, () => {
      const file = join(folder, name);
      const expected = readFileSync(file, 'utf8');
      const [header, scenario = '', lang = 'nl'] = /^# scenario: (\S+) lang: (nl|en)/.exec(expected) ?? [];
      expect(header, `${name} starts with '# scenario: FILE lang: nl|en'`).toBeDefined();
      const actual = `${expected.split('\n')[0]}\n${transcriptOf(compileFixture(`engine/${scenario}`), NEUTRAL_OPTIONS, inputsOf(expected), lang as 'nl' | 'en')}`;
      if (process.env.UPDATE_TRANSCRIPTS) writeFileSync(file, actual);
      else expect(actual).toBe(expected);
    });
  }
});
