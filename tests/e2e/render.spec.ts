/**
 * The classroom drawn alone, in real Chromium on WebGL: the harness page (src/render/harness.html, a
 * hand-made view model of 24 secondary pupils) served by a Vite dev server this spec starts and stops itself
 * (with src/render/harness.vite.config.ts: no watching, so nothing reloads the page mid-test; the harness is not
 * part of the built game). It checks that the canvas shows a picture (pixel variance), that
 * Phaser picked WebGL, that the pupils' names are one tab stop whose arrow keys move between pupils and show the
 * name, and that update() with a changed pupil changes the pixels where that pupil sits and nowhere else.
 * Screenshots for a person to look at go to /tmp/klasdeur-render, never into the repository.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const ROOT = join(import.meta.dirname, '../..');
const SHOTS = '/tmp/klasdeur-render';
const HARNESS = '/src/render/harness.html';

let server: ChildProcess | undefined;
let origin = '';

/** A free local port, so the spec never collides with a dev server someone left running. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`vite exited with ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = response.status;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server did not answer at ${url}: ${String(last)}`);
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const config = join(ROOT, 'src/render/harness.vite.config.ts');
  server = spawn(process.execPath, [vite, '--config', config, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer(`${origin}${HARNESS}`, 60_000);
});

test.afterAll(() => {
  // Only the server this spec started, by its process group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
  }
});

async function openHarness(page: Page, query: string, size = { width: 960, height: 540 }): Promise<void> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.setViewportSize(size);
  await page.goto(`${origin}${HARNESS}?${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  // Two frames, so the first view is on the canvas.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(problems).toEqual([]);
}

/** Luminance variance and the share of distinct colours in a region of a screenshot, decoded in the page. */
async function pixelStats(page: Page, png: Buffer): Promise<{ variance: number; colours: number }> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    let sumSq = 0;
    const colours = new Set<number>();
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const y = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      sum += y;
      sumSq += y * y;
      colours.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
    }
    const mean = sum / n;
    return { variance: sumSq / n - mean * mean, colours: colours.size };
  }, png.toString('base64'));
}

/** The share of pixels that differ between two same-sized screenshots. */
async function changedShare(page: Page, before: Buffer, after: Buffer): Promise<number> {
  return page.evaluate(
    async ([a, b]) => {
      const load = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, image.width, image.height).data;
      };
      const [pa, pb] = [await load(a!), await load(b!)];
      let changed = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 24) changed++;
      }
      return changed / (pa.length / 4);
    },
    [before.toString('base64'), after.toString('base64')],
  );
}

/** A pupil's region on screen: around the name element over the head, down over the upper body. */
async function pupilRegion(page: Page, name: string) {
  const box = await page.getByRole('group', { name: 'De klas' }).getByRole('img', { name: new RegExp(`^${name} — `) }).boundingBox();
  expect(box, `${name} has a place on screen`).not.toBeNull();
  const { x, y, width, height } = box!;
  return { x: Math.max(0, x - width * 0.9), y: Math.max(0, y - height * 0.9), width: width * 2.8, height: height * 2.6 };
}

test('the classroom draws a picture with WebGL', async ({ page }) => {
  await openHarness(page, 'place=bureau');
  expect(await page.evaluate(() => (window as any).harness.classroom.game.renderer.type)).toBe(2);
  const canvas = page.locator('canvas');
  await expect(canvas).toHaveCount(1);
  const box = (await canvas.boundingBox())!;
  expect(box.width).toBeGreaterThan(900);
  const shot = await page.screenshot({ clip: { x: box.x, y: box.y + box.height * 0.35, width: box.width, height: box.height * 0.6 } });
  const stats = await pixelStats(page, shot);
  // A blank or single-colour canvas has a variance near 0 and a handful of colours.
  expect(stats.variance).toBeGreaterThan(400);
  expect(stats.colours).toBeGreaterThan(300);
  await page.screenshot({ path: `${SHOTS}/classroom-960x540.png` });
});

test('it stays a classroom scaled up to 1280×720 and down to a narrow 800px window', async ({ page }) => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 800, height: 600 },
  ]) {
    await openHarness(page, 'place=bureau&reduced=1', size);
    const canvas = (await page.locator('canvas').boundingBox())!;
    expect(Math.round(canvas.width)).toBe(size.width);
    expect(Math.round(canvas.height)).toBe(Math.round((size.width * 9) / 16));
    // Every name sits over the canvas.
    const boxes = await page.getByRole('group', { name: 'De klas' }).getByRole('img').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(24);
    for (const b of boxes) {
      expect(b.x + b.width / 2).toBeGreaterThanOrEqual(canvas.x);
      expect(b.x + b.width / 2).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(b.y + b.height / 2).toBeGreaterThanOrEqual(canvas.y);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(canvas.y + canvas.height);
    }
    await page.screenshot({ path: `${SHOTS}/classroom-${size.width}.png` });
  }
});

test("the pupils' names are one tab stop; arrow keys move between pupils and show the name", async ({ page }) => {
  await openHarness(page, 'place=bureau&reduced=1');
  const group = page.getByRole('group', { name: 'De klas' });
  const pupils = group.getByRole('img');
  await expect(pupils).toHaveCount(24);
  await expect(group.locator('[tabindex="0"]')).toHaveCount(1);

  await page.keyboard.press('Tab');
  const first = pupils.first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-label', 'Noor — steekt de vinger op');
  await expect(first.getByText('Noor', { exact: true })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  const second = pupils.nth(1);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-label', /^Samir — /);
  await expect(second.getByText('Samir', { exact: true })).toBeVisible();
  await expect(first.getByText('Noor', { exact: true })).toBeHidden();
  await expect(group.locator('[tabindex="0"]')).toHaveCount(1);

  // Up goes to the row behind: the seat six places further in cast order.
  await page.keyboard.press('ArrowUp');
  await expect(pupils.nth(7)).toBeFocused();
  await page.keyboard.press('End');
  await expect(pupils.nth(23)).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/names-focus.png` });

  // An update after an event (another pupil changes) leaves the focus where it was.
  await page.evaluate(() => (window as any).harness.setPupil('noor', { doing: 'lachen' }));
  await expect(pupils.nth(23)).toBeFocused();
  await expect(pupils.first()).toHaveAttribute('aria-label', 'Noor — lacht');

  // One tab stop: Tab leaves the group for the next control on the page.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Na de klas' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(pupils.nth(23)).toBeFocused();
});

test('hovering a pupil shows the name', async ({ page }) => {
  await openHarness(page, 'place=bureau&reduced=1');
  const lisa = page.getByRole('group', { name: 'De klas' }).getByRole('img', { name: /^Lisa — / });
  await lisa.hover();
  await expect(lisa.getByText('Lisa', { exact: true })).toBeVisible();
});

test("update() with a changed pupil redraws that pupil's place", async ({ page }) => {
  await openHarness(page, 'place=bureau&reduced=1&state=calm&restless=0');
  const samir = await pupilRegion(page, 'Samir');
  const wout = await pupilRegion(page, 'Wout');
  const control = await pupilRegion(page, 'Kobe');
  const before = await Promise.all([samir, wout, control].map((clip) => page.screenshot({ clip })));
  await page.screenshot({ path: `${SHOTS}/update-before.png` });

  await page.evaluate(() => {
    const harness = (window as any).harness;
    harness.setPupil('samir', { posture: 'turned-away', mood: 'upset' });
    harness.setPupil('wout', { doing: 'vinger-op', mood: 'happy' });
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const after = await Promise.all([samir, wout, control].map((clip) => page.screenshot({ clip })));
  await page.screenshot({ path: `${SHOTS}/update-after.png` });

  expect(await changedShare(page, before[0]!, after[0]!), 'Samir turned away').toBeGreaterThan(0.05);
  expect(await changedShare(page, before[1]!, after[1]!), 'Wout put a hand up').toBeGreaterThan(0.03);
  expect(await changedShare(page, before[2]!, after[2]!), 'Kobe did not change').toBeLessThan(0.002);
  await expect(page.getByRole('img', { name: 'Samir — draait zich af' })).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Wout — steekt de vinger op' })).toHaveCount(1);

  // The same view again changes nothing: update() is idempotent.
  await page.evaluate(() => (window as any).harness.update({}));
  const again = await page.screenshot({ clip: samir });
  expect(await changedShare(page, after[0]!, again)).toBeLessThan(0.002);
});

test('the other places have their own backdrops, with only the pupils who take part', async ({ page }) => {
  for (const place of ['gang', 'schoolpoort', 'refter', 'lerarenkamer', 'speelplaats']) {
    await openHarness(page, `place=${place}&reduced=1`);
    const expected = place === 'lerarenkamer' ? 0 : await page.evaluate(() => (window as any).harness.view.pupils.filter((p: any) => p.doing || p.speaking).length);
    await expect(page.getByRole('group', { name: 'De klas' }).getByRole('img')).toHaveCount(expected);
    const shot = await page.screenshot();
    expect((await pixelStats(page, shot)).variance).toBeGreaterThan(300);
    await page.screenshot({ path: `${SHOTS}/place-${place}.png` });
  }
});
