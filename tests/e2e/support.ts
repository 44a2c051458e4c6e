/**
 * Steps the e2e specs share: a fresh start with empty storage, and the way from the start screen through
 * the teacher profile to the catalogue, as a first-time player goes.
 */
import { expect, type Page } from '@playwright/test';

export async function freshStart(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welkom in Klasdeur' })).toBeVisible();
}

/** From the start screen: Begin, fill in the teacher profile, arrive at the catalogue. */
export async function toCatalogue(page: Page) {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('checkbox', { name: 'sport' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
}

/** Presses 1 at a choice, Enter at a continue; returns the number of steps when the debrief shows. */
export async function playToTheEnd(page: Page): Promise<number> {
  for (let steps = 0; steps < 40; steps++) {
    if (await page.locator('.debrief').isVisible()) return steps;
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
  throw new Error('no debrief after 40 steps');
}

/** Presses Tab (keyboard only) until the element has focus; fails after 40 presses. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>) {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}
