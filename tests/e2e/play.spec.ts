/**
 * Playing as a student teacher does, in real Chromium against the built game: from the catalogue to an
 * ending with the keyboard alone; a reload in the middle resumes the same moment with the same state;
 * the classroom drawn on the canvas is not blank.
 */
import { expect, test } from '@playwright/test';
import { freshStart, playToTheEnd, scenarioButton, tabTo, toCatalogue, toCatalogueByKeyboard } from './support.ts';

test('a keyboard-only playthrough from the start screen to the debrief', async ({ page }) => {
  await freshStart(page);
  // Start screen → profile → catalogue, by keyboard alone.
  await toCatalogueByKeyboard(page);
  await tabTo(page, scenarioButton(page, 'maandag-eerste-uur'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.play__title')).toHaveText('Maandag, eerste uur in 3A');
  await expect(page.locator('.choice').first()).toBeFocused();
  const steps = await playToTheEnd(page);
  expect(steps).toBeGreaterThanOrEqual(7);
  await expect(page.locator('.ending__title')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: /^Score: \d+ van 100$/ })).toBeVisible();
  await expect(page.locator('#debrief-title')).toBeFocused();
});

test('a reload in the middle resumes the same moment with the same state', async ({ page }) => {
  await freshStart(page);
  await toCatalogue(page);
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await page.keyboard.press('3');
  await expect(page.locator('.play__reaction')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.locator('.choice')).not.toHaveCount(0);
  const before = {
    story: await page.locator('.play__story').innerText(),
    choices: await page.locator('.choice').allInnerTexts(),
    clock: await page.locator('.play__clock').innerText(),
  };
  await page.reload();
  await expect(page.locator('.play__title')).toHaveText('Maandag, eerste uur in 3A');
  expect(await page.locator('.play__story').innerText()).toBe(before.story);
  expect(await page.locator('.choice').allInnerTexts()).toEqual(before.choices);
  expect(await page.locator('.play__clock').innerText()).toBe(before.clock);
  // and it plays on from there to an ending
  await playToTheEnd(page);
  await expect(page.locator('.ending__title')).not.toBeEmpty();
});

test('a timed beat first lets you read, then counts down its own seconds, and a time-up is a decision', async ({ page }) => {
  await page.clock.install();
  await freshStart(page);
  await toCatalogue(page);
  await scenarioButton(page, 'na-de-speeltijd-5b').click();
  await page.keyboard.press('1'); // the staff room; next is the coat hooks, a timed beat
  const countdown = page.getByRole('timer');
  await expect(countdown).toHaveText('Lees rustig. Daarna heb je 12 s om te kiezen.');
  const firstChoices = await page.locator('.choice').allInnerTexts();
  // The reading pause passes, a second at a time: then the countdown starts at the beat's own 12 seconds.
  let readingSeconds = 0;
  while ((await countdown.innerText()).startsWith('Lees') && readingSeconds < 300) {
    await page.clock.fastForward(1_000);
    readingSeconds += 1;
  }
  expect(readingSeconds).toBeGreaterThan(5);
  await expect(countdown).toHaveText(/^Nog (12|11) s om te kiezen$/);
  await page.clock.fastForward(12_500);
  await expect(page.locator('.play__reaction')).toBeVisible();
  expect(await page.locator('.choice').allInnerTexts()).not.toEqual(firstChoices);
});
