/**
 * The school year as a student teacher plays it, in real Chromium: from the catalogue to the year
 * screen, each chapter in order with what happened in between, back to the year after each chapter's
 * debrief, a reload halfway through a chapter resuming it, and the year debrief at the end.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations, freshStart, playToTheEnd, toCatalogue } from './support.ts';

test('a whole school year: four chapters in order, then the year debrief', async ({ page }) => {
  test.setTimeout(180_000);
  await freshStart(page);
  await toCatalogue(page);
  const card = page.locator('[data-year-id="3a-schooljaar"]');
  await expect(card).toContainText('0 van 4 hoofdstukken gespeeld');
  await card.getByRole('button', { name: 'Open het schooljaar' }).click();
  await expect(page.getByRole('heading', { name: 'Een schooljaar met 3A' })).toBeFocused();
  await expect(page.locator('.year__chapter')).toHaveCount(4);
  await expect(page.locator('.year__chapter').first()).toHaveClass(/year__chapter--next/);
  await expect(page.locator('.year__section')).toContainText('Je eerste jaar op deze school');
  await expectNoSeriousAxeViolations(page, 'year');

  const seasons = ['September', 'De herfst', 'De winter', 'De lente'];
  for (const [index, season] of seasons.entries()) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${index + 1}\\. ${season}`) })).toBeVisible();
    await page.getByRole('button', { name: `Speel hoofdstuk ${index + 1}` }).click();
    if (index === 1) {
      // Halfway through a chapter, a reload resumes the chapter, not a single situation.
      await page.keyboard.press('1');
      await expect(page.locator('.choice').first()).toBeVisible();
      const story = await page.locator('.play__story').innerText();
      await page.reload();
      await expect.poll(() => page.locator('.play__story').innerText()).toBe(story);
    }
    await playToTheEnd(page);
    await expect(page.getByRole('button', { name: 'Speel opnieuw' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Terug naar het schooljaar' }).click();
    await expect(page.locator('.year__chapter').nth(index)).toHaveClass(/year__chapter--done/);
  }

  await expect(page.locator('.year__progress')).toHaveText('4 van 4 hoofdstukken gespeeld');
  await expect(page.getByRole('heading', { name: 'Het jaar in terugblik' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Hoe de klas je zag, hoofdstuk na hoofdstuk' })).toBeVisible();
  await expect(page.locator('.roos__trajectory')).toHaveCount(4);
  for (const heading of ['Wie dichterbij kwam', 'Wie verder weg raakte', 'Wie je het hele jaar over het hoofd zag', 'Wie nooit een persoonlijk woord kreeg']) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page, 'year debrief');

  // Starting over asks first, then empties the year.
  await page.getByRole('button', { name: 'Begin het jaar opnieuw' }).click();
  await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
  await expect(page.locator('.year__progress')).toHaveText('0 van 4 hoofdstukken gespeeld');
});
