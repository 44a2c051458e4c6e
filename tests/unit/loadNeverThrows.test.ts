/**
 * The loader never throws, whatever it is given: random text, random YAML-shaped data, and the valid
 * example with random damage. Each answer is a well-formed result whose problems have positions.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFile, type LoadedFile } from '../../src/core/scenario/load.ts';

const example = readFileSync(new URL('../fixtures/check/mini.cast.yaml', import.meta.url), 'utf8');

function expectWellFormed(result: LoadedFile) {
  expect(['scenario', 'cast', 'unknown']).toContain(result.kind);
  expect(result.ok).toBe(result.errors.length === 0);
  for (const problem of [...result.errors, ...result.warnings]) {
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

describe('the loader never throws', () => {
  it('for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectWellFormed(loadFile(text))), { numRuns: 300 });
  });

  it('for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectWellFormed(loadFile(bytes))), { numRuns: 300 });
  });

  it('for any JSON-like data written as YAML', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => expectWellFormed(loadFile(stringify(value)))), { numRuns: 300 });
  });

  it('for a valid file with characters cut out or put in', () => {
    fc.assert(
      fc.property(fc.nat(example.length), fc.nat(20), fc.string({ maxLength: 8 }), (at, cut, insert) => {
        const damaged = example.slice(0, at) + insert + example.slice(at + cut);
        expectWellFormed(loadFile(damaged));
      }),
      { numRuns: 300 },
    );
  });
});
