/**
 * The scenario lab in real Chromium: a broken YAML dropped on the lab lists each error with its line and
 * highlights that line on a click; fixed in the editor, it checks clean, draws its graph and plays to its
 * debrief; a shipped situation duplicated, one line changed, plays with the change.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { freshStart, playToTheEnd, toCatalogue } from './support.ts';

const MOTOR = readFileSync(new URL('../fixtures/engine/motor.yaml', import.meta.url), 'utf8');
// The engine fixture on a shipped cast (3A has Lisa and Samir), with two mistakes: an octant misspelt and a next
// that goes nowhere.
const BROKEN = MOTOR.replace('cast: mini', 'cast: 3a')
  .replace('behaviour: { sturend: 1 }', 'behaviour: { sturnd: 1 }')
  .replace('    next: botsing', '    next: botsin');

async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/yaml' }));
      document.querySelector('.lab')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

test('a broken scenario dropped in the lab: errors by line, fixed in the editor, graph, played to its debrief', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await toCatalogue(page);
  await page.getByRole('button', { name: 'Voor lectoren' }).click();
  await page.getByRole('button', { name: 'Scenariolab' }).click();
  await expect(page.getByRole('heading', { name: 'Scenariolab', level: 2 })).toBeVisible();

  await dropFile(page, 'kapot.yaml', BROKEN);
  const lines = BROKEN.split('\n');
  const octantLine = lines.findIndex((line) => line.includes('sturnd')) + 1;
  const nextLine = lines.findIndex((line) => line.includes('next: botsin') && !line.includes('botsing')) + 1;
  const octantError = page.getByRole('button', { name: new RegExp(`^Fout · regel ${octantLine}, kolom \\d+:`) });
  const nextError = page.getByRole('button', { name: new RegExp(`^Fout · regel ${nextLine}, kolom \\d+:`) });
  await expect(octantError).toBeVisible();
  await expect(nextError).toBeVisible();
  await expect(page.locator('#lab-status')).toContainText('fout');
  await expect(page.getByRole('button', { name: 'Speel dit' })).toBeDisabled();

  // A click on an error highlights its line in the editor.
  await nextError.click();
  await expect(page.locator(`.lab-editor[data-focused-line="${nextLine}"]`)).toBeAttached();
  await octantError.click();
  await expect(page.locator(`.lab-editor[data-focused-line="${octantLine}"]`)).toBeAttached();

  // Fix both in the editor, by going to each line and retyping it.
  const editor = page.getByRole('textbox', { name: 'YAML van het scenario' });
  for (const [line, text] of [
    [octantLine, lines[octantLine - 1]!.replace('sturnd', 'sturend').trimStart()],
    [nextLine, lines[nextLine - 1]!.replace('botsin', 'botsing').trimStart()],
  ] as const) {
    await page.getByLabel('Ga naar regel').fill(String(line));
    await page.getByLabel('Ga naar regel').press('Enter');
    await editor.press('Shift+End');
    await page.keyboard.type(text);
  }
  await expect(page.locator('#lab-status')).toContainText('Klaar om te spelen', { timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Fout · / })).toHaveCount(0);

  // The graph: beats as nodes, choices as edges, endings marked.
  await expect(page.locator('.lab-graph__svg')).toBeVisible();
  await expect(page.locator('.lab-graph__node--ending')).toHaveCount(2);
  await expect(page.locator('[data-key="deur/groet"]')).toBeAttached();

  await page.getByRole('button', { name: 'Speel dit' }).click();
  await expect(page.locator('.play__title')).toHaveText('Motorproef');
  await playToTheEnd(page);
  await expect(page.locator('.ending__title')).not.toBeEmpty();
  await page.getByRole('button', { name: 'Terug naar het scenariolab' }).click();
  await expect(page.getByRole('heading', { name: 'Scenariolab', level: 2 })).toBeVisible();
});

test('a shipped situation duplicated in the lab, one line changed, plays with the change', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await toCatalogue(page);
  await page.goto('/#lab');
  await expect(page.getByRole('heading', { name: 'Scenariolab', level: 2 })).toBeVisible();
  await page.getByLabel('Vertrek van een situatie').selectOption('maandag-eerste-uur');
  await page.getByRole('button', { name: 'Dupliceer' }).click();
  const editor = page.getByRole('textbox', { name: 'YAML van het scenario' });
  await expect(editor).toContainText('Maandag, eerste uur in 3A');
  // Change the first narration line: go to the line that opens it (the copy keeps the shipped file's lines,
  // comments included) and put a mark in front.
  const shipped = readFileSync(new URL('../../scenarios/maandag-eerste-uur.yaml', import.meta.url), 'utf8');
  const lineOfNarration = shipped.split('\n').findIndex((line) => line.trim().startsWith('Maandag, 8u15')) + 1;
  expect(lineOfNarration).toBeGreaterThan(0);
  await page.getByLabel('Ga naar regel').fill(String(lineOfNarration));
  await page.getByLabel('Ga naar regel').press('Enter');
  await page.keyboard.type('LABPROEF ');
  await expect(page.getByRole('button', { name: 'Speel dit' })).toBeEnabled({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Speel dit' }).click();
  await expect(page.locator('.play__story')).toContainText('LABPROEF Maandag, 8u15');
});
