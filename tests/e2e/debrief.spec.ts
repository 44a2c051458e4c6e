/**
 * The debrief, as a student teacher uses it: every part is there after a playthrough; a "what if" from an
 * early decision reaches another ending and draws both trajectories; English changes the debrief and
 * the octant labels; a reflection survives a reload; clearing my data empties the list of lessons.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { freshStart, playToTheEnd, scenarioButton, toCatalogue } from './support.ts';

function reflectionQuestions(id: string): number {
  const scenario = parse(readFileSync(new URL(`../../scenarios/${id}.yaml`, import.meta.url), 'utf8')) as { reflection?: unknown[] };
  return scenario.reflection?.length ?? 0;
}

async function playOnce(page: Page) {
  await freshStart(page);
  await toCatalogue(page);
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await playToTheEnd(page);
}

test('every part of the debrief is there, and a what-if reaches another ending with two trajectories', async ({ page }) => {
  await playOnce(page);
  const firstEnding = await page.locator('#debrief-title').innerText();
  await expect(page.getByRole('heading', { name: /^Score: \d+ van 100$/ })).toBeVisible();
  for (const part of ['Structuur én nabijheid', 'Band met de leerlingen', 'Niemand valt uit de boot', 'Betrokkenheid en leerwinst', 'Herstel na een botsing']) {
    await expect(page.locator('.debrief__part', { hasText: part })).toBeVisible();
  }
  await expect(page.locator('.debrief__why')).toHaveCount(5);
  const roos = page.getByRole('img', { name: /Roos van Leary/ });
  await expect(roos).toBeVisible();
  for (const octant of ['sturend', 'vriendelijk', 'begripvol', 'inschikkelijk', 'onzeker', 'ontevreden', 'corrigerend', 'dwingend']) {
    await expect(roos.getByText(octant, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/Deze les lijkt op een .* klasprofiel/)).toBeVisible();
  await expect(page.locator('.class-map__pupil')).toHaveCount(24);
  await expect(page.getByRole('heading', { name: 'De mythe achter deze situatie' })).toBeVisible();
  await expect(page.locator('.debrief__myth')).toHaveText('Voor een band met mijn leerlingen heb ik geen (les)tijd.');
  await expect(page.locator('.debrief__evidence cite').first()).toContainText('Lento & Stinckens');
  // One answer box per reflection question of the situation (its own list in the scenario file).
  await expect(page.locator('.reflection__answer')).toHaveCount(reflectionQuestions('maandag-eerste-uur'));

  // What if, at the starter question, you had kept it short to get on with the lesson? (On the path that
  // takes the first option everywhere else, that choice leads to another ending.)
  const starter = page.locator('.what-if__decision').nth(3);
  await starter.getByRole('button', { name: /We hebben maar één uur per week/ }).click();
  await expect(page.locator('.play__title')).toBeVisible();
  await playToTheEnd(page);
  await expect(page.locator('#debrief-title')).not.toHaveText(firstEnding);
  await expect(page.locator('.roos__trajectory')).toHaveCount(2);
  await expect(page.locator('.roos__legend-item')).toHaveText(['Deze andere keuze', 'Je eerste keer']);
});

test('English changes the debrief and the octant labels; a reflection survives a reload; clear my data empties the lessons', async ({ page }) => {
  await playOnce(page);
  const answer = page.locator('.reflection__answer').first();
  await answer.fill('Morgen begroet ik iedereen aan de deur.');
  await page.reload();
  await page.getByRole('button', { name: 'Mijn eerdere lessen' }).click();
  await page.getByRole('button', { name: /^Open/ }).first().click();
  await expect(page.locator('.reflection__answer').first()).toHaveValue('Morgen begroet ik iedereen aan de deur.');

  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation').getByRole('button', { name: 'My earlier lessons' }).click();
  await page.getByRole('button', { name: /^Open/ }).first().click();
  await expect(page.getByRole('heading', { name: /^Score: \d+ out of 100$/ })).toBeVisible();
  await expect(page.locator('.debrief__myth')).toHaveText('I have no (lesson) time to build a bond with my pupils.');
  const roos = page.getByRole('img', { name: /interpersonal circle/ });
  for (const octant of ['directing', 'helpful', 'understanding', 'compliant', 'uncertain', 'dissatisfied', 'confrontational', 'imposing']) {
    await expect(roos.getByText(octant, { exact: true })).toBeVisible();
  }
  await expect(page.locator('.reflection__answer').first()).toHaveValue('Morgen begroet ik iedereen aan de deur.');

  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: /Delete my data/ }).click();
  await page.getByRole('button', { name: /Yes, delete/ }).click();
  await expect(page.getByRole('heading', { name: 'Welkom in Klasdeur' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mijn eerdere lessen' })).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('klasdeur:')))).toEqual([]);
});
