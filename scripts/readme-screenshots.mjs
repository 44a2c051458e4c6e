#!/usr/bin/env node
// Takes the README's screenshots (docs/classroom.png, docs/debrief.png) from the built game in Debian
// Chromium: `npm run build && node scripts/readme-screenshots.mjs`. Serves dist/ with vite preview on a
// free port, plays the first situation with the keyboard, and stops the server when done.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4179;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};

try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: process.env.KLASDEUR_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
  await page.goto(`http://localhost:${port}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('checkbox', { name: 'sport' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await page.locator('[data-scenario-id="maandag-eerste-uur"]').getByRole('button').click();
  // The combined way through the first situation: names at the door, Kobe's task, the circle talk …
  const keys = ['3', '4', '1', '3'];
  for (const key of keys) {
    await page.waitForTimeout(700);
    await page.keyboard.press(key);
  }
  // Let the arrivals settle and the captions fade.
  await page.waitForTimeout(4500);
  await page.screenshot({ path: 'docs/classroom.png' });
  for (const key of ['4', '3', '3', '1', '2', '2']) {
    if (await page.locator('.debrief').isVisible()) break;
    if (await page.locator('button.continue').isVisible()) await page.keyboard.press('Enter');
    else await page.keyboard.press(key);
    await page.waitForTimeout(400);
  }
  for (let i = 0; i < 10 && !(await page.locator('.debrief').isVisible()); i++) {
    await page.keyboard.press((await page.locator('button.continue').isVisible()) ? 'Enter' : '1');
    await page.waitForTimeout(300);
  }
  await page.locator('#debrief-score').evaluate((element) => element.scrollIntoView());
  await page.screenshot({ path: 'docs/debrief.png' });
  await browser.close();
} finally {
  stop();
}
