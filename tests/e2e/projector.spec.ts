/**
 * Projector mode in real Chromium: a lecturer plays a situation with the whole room, enters at each
 * decision how many chose each option, follows the majority (or not), and the tallies come back in the
 * debrief, in the exported result and in the dashboard as a group run.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { freshStart, toCatalogue } from './support.ts';

test('a projector run with tallies to the debrief, the export and the dashboard', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await toCatalogue(page);
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  await page.locator('[data-scenario-id="na-de-speeltijd-5b"]').getByRole('button', { name: 'Speel met de groep (projector)' }).click();
  await expect(page.locator('body')).toHaveClass(/projector/);
  await expect(page.getByRole('timer')).toHaveCount(0);
  // Large type, readable from the back of the room.
  const size = await page.locator('.tally__text').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(28);

  let decisions = 0;
  for (let guard = 0; guard < 40 && !(await page.locator('.debrief').isVisible()); guard++) {
    const continueButton = page.getByRole('button', { name: 'Verder', exact: true });
    if (await continueButton.isVisible()) {
      await continueButton.click();
      continue;
    }
    await expect(page.getByRole('heading', { name: /wat kiest de groep\?$/i })).toBeVisible();
    const boxes = page.getByRole('spinbutton', { name: /^Keuze \d+:/ });
    const count = await boxes.count();
    if (decisions === 0) {
      // The first decision: 12 / 9 / 3 …, and the lecturer follows the majority (preselected).
      const votes = [12, 9, 3, 0, 0, 0, 0, 0, 0];
      for (let i = 0; i < count; i++) await boxes.nth(i).fill(String(votes[i]));
      await expect(page.getByRole('radio', { name: 'Volg keuze 1' })).toBeChecked();
    } else if (decisions === 1) {
      // The second: most choose option 1, but the lecturer follows option 2.
      await boxes.nth(0).fill('15');
      await boxes.nth(1).fill('9');
      await page.getByRole('radio', { name: 'Volg keuze 2' }).check();
    } else {
      await page.getByRole('button', { name: 'Sla over' }).click();
      decisions++;
      continue;
    }
    await page.getByRole('button', { name: 'Volg deze keuze' }).click();
    decisions++;
  }
  await expect(page.locator('.debrief')).toBeVisible();

  // The debrief says how the group split and whether the majority was followed.
  const group = page.locator('[aria-labelledby="debrief-group"]');
  await expect(page.getByRole('heading', { name: 'Wat de groep koos' })).toBeVisible();
  await expect(group).toContainText('De groep koos 12 / 9 / 3');
  await expect(group).toContainText('jullie volgden de meerderheid');
  await expect(group).toContainText('jullie volgden niet de meerderheid');

  // The exported result carries the tallies.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const result = JSON.parse(text) as { group?: { tallies: { counts: number[]; majority: boolean }[] } };
  expect(result.group?.tallies[0]?.counts.slice(0, 3)).toEqual([12, 9, 3]);
  expect(result.group?.tallies[0]?.majority).toBe(true);
  expect(result.group?.tallies[1]?.majority).toBe(false);

  // The dashboard shows it as a group run.
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  await page.getByRole('button', { name: 'Resultaten van je groep bekijken' }).click();
  await page.getByLabel('Kies resultaatbestanden of een .zip').setInputFiles({ name: 'groep.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.dashboard').first()).toContainText('groep');
  await expect(page.getByText(/onder wie \d+ stemmen uit een groepsles/).first()).toBeVisible();
});
