/**
 * The lecturers' page in real Chromium: every situation with its myth, and its guide to read and print.
 * The printed guide shows only the guide (not the masthead or the navigation).
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, freshStart, toCatalogue } from './support.ts';

test('a lecturer opens the guide to a situation and prints it', async ({ page }) => {
  await freshStart(page);
  await toCatalogue(page);
  // The catalogue never shows a myth; the lecturers' page does.
  await expect(page.locator('body')).not.toContainText('De mythe achter deze situatie');
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  await expect(page.getByRole('heading', { name: 'Voor lectoren' })).toBeFocused();
  const card = page.locator('[data-scenario-id="na-de-speeltijd-5b"]');
  await expect(card).toContainText('De mythe achter deze situatie');
  await expectNoSeriousAxeViolations(page, 'lecturers');
  await card.getByRole('button', { name: 'Open de gids' }).click();
  await expect(page.getByRole('heading', { name: 'Na de speeltijd in 5B', level: 2 })).toBeVisible();
  // Goals, the evidence and the script are all there, every ending included.
  await expect(page.locator('body')).toContainText('Hendrickx');
  for (const ending of ['grens-en-band', 'de-harde', 'op-drift']) await expect(page.locator(`[id$="${ending}"]`).first()).toBeAttached();
  await expectNoSeriousAxeViolations(page, 'guide');
  // On paper: the guide without the game's masthead and navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Druk af' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Na de speeltijd in 5B', level: 2 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { name: 'Voor lectoren' })).toBeVisible();
});
