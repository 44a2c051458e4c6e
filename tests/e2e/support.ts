/**
 * Steps the e2e specs share: a fresh start with empty storage, and the way from the start screen through
 * the teacher profile to the catalogue, as a first-time player goes; playing to the end by keys; the live
 * region that narrates the classroom; and an axe-core check for serious accessibility violations.
 */
import AxeBuilder from '@axe-core/playwright';
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

/** The play screen's live region that narrates the classroom for screen readers. */
export function narration(page: Page) {
  return page.locator('.play__narration');
}

/** The classroom has been drawn: Phaser's canvas and the names layer over it are in the page. */
export async function classroomReady(page: Page) {
  await expect(page.locator('.play__stage canvas')).toHaveCount(1);
  await expect(page.locator('.kd-names')).toHaveCount(1);
}

/**
 * Runs axe-core (WCAG 2.0 A/AA and 2.1 AA rules) on the page as it is and fails, listing each serious or
 * critical violation with its rule id and the elements it found, when there is any.
 */
export async function expectNoSeriousAxeViolations(page: Page, screen: string) {
  // Check the page as it settles, not halfway through a fade (a caption coming in, a transition).
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const report = serious.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n')}`,
  );
  expect(report, `axe on ${screen}:\n${report.join('\n')}`).toEqual([]);
  return results;
}

/** The catalogue's play (or continue) button of one scenario, by its id. */
export function scenarioButton(page: Page, scenarioId: string) {
  return page.locator(`[data-scenario-id="${scenarioId}"]`).getByRole('button');
}

/** From the start screen to the catalogue with the keyboard alone: Begin, a profile, save. */
export async function toCatalogueByKeyboard(page: Page) {
  await tabTo(page, page.getByRole('button', { name: 'Begin' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('checkbox', { name: 'sport' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio').first());
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
}
