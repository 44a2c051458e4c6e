/**
 * Sound in the built game, in a Chromium without the autoplay flag (the project's launch flags minus
 * --autoplay-policy=no-user-gesture-required): a page nobody has clicked or typed in plays nothing and has no
 * audio set up; the click on "Begin" starts the audio, and a new lesson opens with the bell, heard (Howler
 * reports a sound playing) and captioned; a lesson resumed by a reload stays silent until the first gesture,
 * then the class's murmur plays; at the debrief all is quiet again. Muting in Settings silences everything
 * (Howler muted, nothing playing, captions still shown) and survives a reload.
 *
 * Measured: under Playwright every page has user activation as soon as it loads (navigator.userActivation
 * reports it even for a data: URL; Playwright's own evaluations carry a user gesture), so the browser's
 * autoplay policy itself cannot be watched here. What is checked is the game's side of it: nothing is created
 * or played before the first real input event, and sound plays right after it.
 */
import { expect, test, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { freshStart, playToTheEnd, scenarioButton, toCatalogue } from './support.ts';

const AUTOPLAY_FLAG = '--autoplay-policy=no-user-gesture-required';
const launchOptions = config.use?.launchOptions ?? {};

test.use({ launchOptions: { ...launchOptions, args: (launchOptions.args ?? []).filter((arg) => arg !== AUTOPLAY_FLAG) } });

interface AudioProbe {
  playing(): boolean;
  muted(): boolean;
  started(): boolean;
}

const probe = (page: Page, question: keyof AudioProbe) =>
  page.evaluate((asked) => (window as unknown as { klasdeur: { audio: AudioProbe } }).klasdeur.audio[asked](), question);
const playing = (page: Page) => probe(page, 'playing');
const muted = (page: Page) => probe(page, 'muted');
const started = (page: Page) => probe(page, 'started');
const captions = (page: Page) => page.locator('.captions .caption');

test('without the autoplay flag: sound starts at the first gesture, the bell rings and is captioned', async ({ page }) => {
  await freshStart(page);
  expect(await started(page)).toBe(false);
  expect(await playing(page)).toBe(false);

  await toCatalogue(page);
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await expect(page.locator('.play__title')).toHaveText('Maandag, eerste uur in 3A');
  await expect.poll(() => playing(page), { message: 'Howler plays the bell', timeout: 5_000, intervals: [50] }).toBe(true);
  const bell = captions(page).filter({ hasText: 'De bel gaat' });
  await expect(bell).toBeVisible();
  await expect(page.locator('.captions')).toHaveAttribute('aria-hidden', 'true');
  // A caption stays about three seconds.
  await expect(bell).toHaveCount(0, { timeout: 6_000 });

  // To the classroom door: the class comes in (footsteps, then the door), the latest caption on top, two at most.
  await page.keyboard.press('1');
  await expect(captions(page).filter({ hasText: 'De deur gaat open' })).toBeVisible({ timeout: 6_000 });
  await expect(captions(page)).toHaveText([/De deur gaat open/, /Voetstappen in de gang/]);

  // A reload resumes the lesson at the door; a page nobody has touched stays silent, though the class chatters.
  await page.reload();
  await expect(page.locator('.play__title')).toHaveText('Maandag, eerste uur in 3A');
  await page.waitForTimeout(1_000);
  expect(await started(page)).toBe(false);
  expect(await playing(page)).toBe(false);
  // The first gesture (a click on the title, not a choice) starts the class's murmur.
  await page.locator('.play__title').click();
  await expect.poll(() => playing(page), { message: 'the murmur plays after the first gesture', timeout: 5_000 }).toBe(true);

  // At the debrief the murmur has faded and the closing bell has rung out.
  await playToTheEnd(page);
  await expect.poll(() => playing(page), { message: 'quiet at the debrief', timeout: 8_000 }).toBe(false);
});

test('muted in Settings: nothing plays, captions still show, and it survives a reload', async ({ page }) => {
  await freshStart(page);
  await toCatalogue(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const mute = page.getByRole('checkbox', { name: 'Geluid uit' });
  await expect(mute).not.toBeChecked();
  await mute.check();
  expect(await muted(page)).toBe(true);

  await page.reload();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('checkbox', { name: 'Geluid uit' })).toBeChecked();
  expect(await muted(page)).toBe(true);
  await page.getByRole('button', { name: 'Situaties' }).click();
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await expect(captions(page).filter({ hasText: 'De bel gaat' })).toBeVisible();
  // Through the bell and the class coming in and chattering, nothing plays.
  await page.keyboard.press('1');
  await expect(captions(page).filter({ hasText: 'Geroezemoes in de klas' })).toBeVisible();
  for (let check = 0; check < 10; check++) {
    expect(await playing(page)).toBe(false);
    await page.waitForTimeout(150);
  }
  expect(await muted(page)).toBe(true);
});

test('sound on again after muting: the next lesson is heard', async ({ page }) => {
  await freshStart(page);
  await toCatalogue(page);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('checkbox', { name: 'Geluid uit' }).check();
  await page.getByRole('checkbox', { name: 'Geluid uit' }).uncheck();
  expect(await muted(page)).toBe(false);
  await page.getByRole('button', { name: 'Situaties' }).click();
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await expect.poll(() => playing(page), { message: 'the bell plays', timeout: 5_000, intervals: [50] }).toBe(true);
});
