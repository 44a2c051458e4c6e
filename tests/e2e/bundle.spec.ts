/**
 * The player — the page as it loads, and every chunk it pulls in before anyone opens a lecturer's tool —
 * holds neither the YAML parser nor zod: scenarios reach it compiled to JSON at build time. The lecturers'
 * dashboard, which checks results files with zod, comes in a chunk of its own, loaded only when opened.
 * Reads what `npm run build` wrote (no browser needed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = join(import.meta.dirname, '../../dist');
const ASSETS = join(DIST, 'assets');

const FINGERPRINTS = {
  yaml: ['Excessive alias count indicates a resource exhaustion attack', 'LineCounter'],
  zod: ['Invalid input: expected', 'ZodError', 'jitless'],
};

/** The entry script and the chunks index.html preloads with it: what every player downloads. */
function playerChunks(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
}

test('the player chunks contain no yaml and no zod, but do contain the compiled scenarios', () => {
  const player = playerChunks();
  expect(player.length).toBeGreaterThan(0);
  const code = player.map((name) => readFileSync(join(ASSETS, name), 'utf8')).join('\n');
  for (const [library, marks] of Object.entries(FINGERPRINTS)) {
    for (const mark of marks) expect(code.includes(mark), `${library}: '${mark}' found in the player's chunks`).toBe(false);
  }
  expect(code).toContain('maandag-eerste-uur');
  expect(code).toMatch(/compilerVersion"?:1/);
});

test('zod is only in a chunk loaded later (the dashboard), not in what the player downloads', () => {
  const player = new Set(playerChunks());
  const others = readdirSync(ASSETS).filter((name) => name.endsWith('.js') && !player.has(name));
  const withZod = others.filter((name) => readFileSync(join(ASSETS, name), 'utf8').includes('ZodError'));
  expect(withZod.length).toBeGreaterThan(0);
});
