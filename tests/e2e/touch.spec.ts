/**
 * Playing on a tablet, by touch alone, in real Chromium against the built game: from the start screen through
 * the profile and the catalogue to the debrief with tap() only; every control on the way is a finger-sized
 * target (44px and more) on every screen; and tapping a pupil shows the name that a mouse sees on hover.
 */
import { expect, test, type Page } from '@playwright/test';
import { classroomReady, freshStart, scenarioButton } from './support.ts';

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1024, height: 768 } });

/** Every visible control (buttons, option tiles, the tutorial's summary, text boxes, sliders) of the page, under 44px tall. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, .option__label, summary, textarea, input[type="range"]')]
      .filter((element) => element.offsetParent !== null || getComputedStyle(element).position === 'fixed')
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height < 44)
      .map(({ element, box }) => `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}" ${Math.round(box.height)}px`),
  );
}

test('a tablet player taps from the start screen to the debrief, with finger-sized targets everywhere', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  expect(await smallTargets(page), 'start').toEqual([]);
  await page.getByRole('button', { name: 'Begin' }).tap();

  await expect(page.getByRole('heading', { name: 'Jij als leraar' })).toBeVisible();
  expect(await smallTargets(page), 'profile').toEqual([]);
  // The whole tile is the target: tapping the label ticks the box.
  await page.locator('label', { hasText: /^Sport$/ }).tap();
  await expect(page.getByRole('checkbox', { name: 'sport' })).toBeChecked();
  await page.locator('.option__label').filter({ hasText: /^Verlegen$/ }).tap();
  await expect(page.getByRole('radio', { name: 'Verlegen' })).toBeChecked();
  await page.getByRole('button', { name: /Bewaar/ }).tap();

  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
  expect(await smallTargets(page), 'catalogue').toEqual([]);
  await scenarioButton(page, 'maandag-eerste-uur').tap();

  await expect(page.locator('.choice').first()).toBeVisible();
  await classroomReady(page);
  expect(await smallTargets(page), 'play').toEqual([]);
  let tappedAPupil = false;
  for (let steps = 0; steps < 40 && !(await page.locator('.debrief').isVisible()); steps++) {
    // Once pupils are in view, tap one: the name shows, as it does on hover.
    const pupil = page.getByRole('group', { name: 'De klas' }).getByRole('img').first();
    if (!tappedAPupil && (await pupil.count()) > 0 && (await page.locator('.choice').count()) > 0) {
      const name = (await pupil.getAttribute('aria-label'))!.split(' — ')[0]!;
      const tip = pupil.locator('.kd-pupil__tip');
      await expect(tip).toBeHidden();
      await pupil.tap();
      await expect(tip).toBeVisible();
      await expect(tip.locator('.kd-pupil__name')).toHaveText(name);
      tappedAPupil = true;
    }
    const continueButton = page.getByRole('button', { name: 'Verder', exact: true });
    if (await continueButton.isVisible()) await continueButton.tap();
    else await page.locator('.choice').first().tap();
    await page.waitForTimeout(50);
  }
  expect(tappedAPupil).toBe(true);

  await expect(page.locator('.debrief')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Score: \d+ van 100$/ })).toBeVisible();
  expect(await smallTargets(page), 'debrief').toEqual([]);
  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).tap();
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).tap();
  expect(await smallTargets(page), 'settings').toEqual([]);
  await page.getByRole('button', { name: 'Annuleer' }).tap();
  await page.getByRole('navigation').getByRole('button', { name: 'Mijn eerdere lessen' }).tap();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await smallTargets(page), 'my earlier lessons').toEqual([]);
});
