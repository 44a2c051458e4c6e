/**
 * Assign and collect, in real Chromium against the built game: a lecturer builds a link (one situation,
 * no numbers, no time pressure) with its QR code; a student opens it, sees the start card with those
 * settings, plays, gets a debrief without numbers and exports the result; the lecturer drops that result,
 * two more and a zip into the dashboard and sees the group's bars. Hostile files are refused or shown as
 * plain text, and the others still load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { zipSync, strToU8 } from 'fflate';
import { freshStart, playToTheEnd, toCatalogue } from './support.ts';

const SITUATION = 'na-de-speeltijd-5b';

async function buildLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  // The form starts with the first situation ticked: this assignment is for one other situation only.
  await page.getByRole('checkbox', { name: 'September: je eerste les in 3A' }).uncheck();
  await page.getByRole('checkbox', { name: 'Na de speeltijd in 5B' }).check();
  await page.getByRole('radio', { name: /Zonder cijfers/ }).check();
  const timePressure = page.getByRole('checkbox', { name: 'Tijdsdruk aan' });
  if (await timePressure.isChecked()) await timePressure.uncheck();
  await page.getByLabel('Titel (mag leeg blijven)').fill('Week 3: gezag en nabijheid');
  const link = await page.getByLabel('Link voor je studenten').inputValue();
  expect(link).toContain('#opdracht?');
  // The QR code is drawn as SVG squares, not an image from elsewhere.
  await expect(page.locator('.qr-code rect, svg.qr rect, [class*="qr"] rect').first()).toBeAttached();
  return link;
}

test('a lecturer builds a link; a student opens it, plays with its settings and exports the result', async ({ page, context }, testInfo) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await toCatalogue(page);
  const link = await buildLink(page);

  // A student on another device (a fresh context): the start card says what the assignment is.
  const student = await context.browser()!.newContext();
  const studentPage = await student.newPage();
  await studentPage.goto(link.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
  await expect(studentPage.getByRole('heading', { name: 'Een opdracht van je lector' })).toBeVisible();
  const card = studentPage.locator('main');
  await expect(card).toContainText('Week 3: gezag en nabijheid');
  await expect(card).toContainText('Na de speeltijd in 5B');
  await expect(card).toContainText('Feedback: zonder cijfers (Roos en woorden)');
  await expect(card).toContainText('Tijdsdruk: uit');
  await studentPage.getByRole('button', { name: 'Begin' }).click();
  await studentPage.getByRole('checkbox', { name: 'sport' }).check();
  await studentPage.getByRole('radio').first().check();
  await studentPage.getByRole('button', { name: /Bewaar/ }).click();
  // Only the assigned situation is offered.
  await expect(studentPage.locator('[data-scenario-id]')).toHaveCount(1);
  await studentPage.locator(`[data-scenario-id="${SITUATION}"]`).getByRole('button').click();
  await expect(studentPage.getByRole('timer')).toHaveCount(0);
  await playToTheEnd(studentPage);

  // The debrief respects "no numbers": no score heading, no points, but the Roos and the words.
  await expect(studentPage.getByRole('heading', { name: 'Hoe de les liep' })).toBeVisible();
  await expect(studentPage.getByRole('heading', { name: /^Score: \d+ van 100$/ })).toHaveCount(0);
  await expect(studentPage.locator('.debrief__points')).toHaveCount(0);
  await expect(studentPage.locator('svg.roos')).toBeVisible();

  // Export the result, with a nickname and no name.
  await studentPage.getByLabel(/Bijnaam/).fill('Uil');
  const download = studentPage.waitForEvent('download');
  await studentPage.getByRole('button', { name: 'Download JSON' }).click();
  const file = await (await download).path();
  // Read now: a download goes when its browser context closes.
  const text = readFileSync(file, 'utf8');
  const result = JSON.parse(text) as { format: string; version: number; nickname: string; scenario: { id: string }; settings: { feedback: string; timePressure: boolean }; assignment?: string; run: { decisions: unknown[] } };
  expect(result).toMatchObject({ format: 'klasdeur-result', version: 1, nickname: 'Uil', scenario: { id: SITUATION }, settings: { feedback: 'words', timePressure: false }, assignment: 'Week 3: gezag en nabijheid' });
  expect(result.run.decisions.length).toBeGreaterThanOrEqual(8);
  const csv = studentPage.waitForEvent('download');
  await studentPage.getByRole('button', { name: 'Download CSV' }).click();
  expect((await csv).suggestedFilename()).toMatch(/^klasdeur-na-de-speeltijd-5b-\d{4}-\d{2}-\d{2}\.csv$/);
  await student.close();

  // The lecturer's dashboard: this result, two more, and a zip with two; plus hostile files.
  const variant = (nickname: string, shift: number) => {
    const copy = JSON.parse(text) as { nickname: string; run: { events: { at?: number }[] } };
    copy.nickname = nickname;
    copy.run.events = copy.run.events.map((event) => ({ ...event, at: (event.at ?? 0) + shift }));
    return JSON.stringify(copy);
  };
  const zip = zipSync({ 'groep/vos.json': strToU8(variant('Vos', 7)), 'groep/das.json': strToU8(variant('Das', 9)), 'groep/notities.txt': strToU8('geen json') });
  const hostile = variant('<script>alert(1)</script>', 11);
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  await page.getByRole('button', { name: 'Resultaten van je groep bekijken' }).click();
  await expect(page.getByRole('heading', { name: 'Resultaten van je groep' })).toBeVisible();
  // A 50 MB "result", from disk (Playwright hands over buffers up to 50 MB only).
  const big = testInfo.outputPath('groot.json');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 32));
  await page.getByLabel('Kies resultaatbestanden of een .zip').setInputFiles(big);
  await expect(page.locator('.dashboard').first()).toContainText('Geweigerd');
  await page.getByLabel('Kies resultaatbestanden of een .zip').setInputFiles([
    { name: 'uil.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'uil-nog-eens.json', mimeType: 'application/json', buffer: Buffer.from(text) },
    { name: 'mol.json', mimeType: 'application/json', buffer: Buffer.from(variant('Mol', 5)) },
    { name: 'groep.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
    { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ dit is geen json') },
    { name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'klasdeur-result', version: 1, nickname: 'x'.repeat(10_000) })) },
    { name: 'script.json', mimeType: 'application/json', buffer: Buffer.from(hostile) },
  ]);
  const files = page.locator('.dashboard').first();
  await expect(files).toContainText('Dubbel');
  await expect(files).toContainText('Geweigerd');
  // Five lessons count: uil, mol, vos, das and the one with a script for a nickname (shown as text).
  await expect(page.getByText('5 resultaten').first()).toBeVisible();
  await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
  await expect(page.getByText('<script>alert(1)</script>').filter({ visible: true }).first()).toBeVisible();
  // Per decision point the group's choices as bars: the first moment has five choices in all.
  await expect(page.getByRole('heading', { name: 'Keuzes per moment' })).toBeVisible();
  await expect(page.getByText('5 van 5').first()).toBeVisible();
  const csv2 = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer als CSV' }).click();
  expect((await csv2).suggestedFilename()).toMatch(/\.csv$/);
});
