/**
 * The built player holds neither the YAML parser nor zod: scenarios reach it compiled to JSON at build
 * time. Reads the chunks `npm run build` wrote (no browser needed) and looks for text only those
 * libraries carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const ASSETS = join(import.meta.dirname, '../../dist/assets');

const FINGERPRINTS = {
  yaml: ['Excessive alias count indicates a resource exhaustion attack', 'LineCounter'],
  zod: ['Invalid input: expected', 'ZodError', 'jitless'],
};

test('the player chunks contain no yaml and no zod, but do contain the compiled scenarios', () => {
  const chunks = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
  expect(chunks.length).toBeGreaterThan(0);
  const code = chunks.map((name) => readFileSync(join(ASSETS, name), 'utf8')).join('\n');
  for (const [library, marks] of Object.entries(FINGERPRINTS)) {
    for (const mark of marks) expect(code.includes(mark), `${library}: '${mark}' found in the built chunks`).toBe(false);
  }
  expect(code).toContain('maandag-eerste-uur');
  expect(code).toMatch(/compilerVersion"?:1/);
});
