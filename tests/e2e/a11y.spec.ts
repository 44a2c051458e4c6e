/**
 * Accessibility in real Chromium against the built game: axe-core (WCAG 2.0 A/AA, 2.1 A/AA) finds no serious
 * or critical violation on any screen — start, profile (also with its error), catalogue, play (staff room,
 * classroom with pupils, an incident), debrief, earlier lessons, settings (also with the delete confirmation
 * open); a keyboard-only player hears the classroom through the live region, sentences that match what the
 * canvas shows (in Dutch and in English); Tab walks every screen in reading order with a visible focus ring on
 * each stop; and with reduced motion (asked by the system or the setting) nothing moves and the game still plays.
 */
import { expect, test, type Page } from '@playwright/test';
import { classroomReady, expectNoSeriousAxeViolations, freshStart, narration, playToTheEnd, scenarioButton, tabTo, toCatalogue, toCatalogueByKeyboard } from './support.ts';

/** Presses 1 until an incident asks ("Intussen… wat doe je?"); fails after 20 steps. */
async function playToAnIncident(page: Page) {
  for (let steps = 0; steps < 20; steps++) {
    if (await page.getByRole('heading', { name: 'Intussen… wat doe je?' }).isVisible()) return;
    await expect(page.locator('.choice').first()).toBeVisible();
    await page.keyboard.press('1');
    await page.waitForTimeout(50);
  }
  throw new Error('no incident in 20 steps');
}

test('axe finds no serious or critical violation on any screen', async ({ page }) => {
  test.setTimeout(120_000);
  await freshStart(page);
  await expectNoSeriousAxeViolations(page, 'start (first visit)');

  await page.getByRole('button', { name: 'Begin' }).click();
  await expect(page.getByRole('heading', { name: 'Jij als leraar' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'profile');
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await expect(page.getByRole('alert')).toHaveText(/Kies eerst hoe je meestal bent/);
  await expectNoSeriousAxeViolations(page, 'profile with its error');
  await page.getByRole('checkbox', { name: 'sport' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'catalogue');

  await scenarioButton(page, 'maandag-eerste-uur').click();
  await expect(page.locator('.choice').first()).toBeFocused();
  await classroomReady(page);
  await expectNoSeriousAxeViolations(page, 'play: the staff room');
  await page.keyboard.press('1');
  await expect(page.getByRole('group', { name: 'De klas' }).getByRole('img')).not.toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'play: the classroom with its pupils and choices');
  await playToAnIncident(page);
  await expectNoSeriousAxeViolations(page, 'play: an incident');

  await playToTheEnd(page);
  await expect(page.locator('#debrief-title')).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'debrief');

  await page.getByRole('navigation').getByRole('button', { name: 'Mijn eerdere lessen' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn eerdere lessen' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'my earlier lessons');

  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'settings');
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
  await expect(page.getByRole('button', { name: 'Ja, wis alles' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'settings with the delete confirmation open');

  await page.getByRole('button', { name: 'Annuleer' }).click();
  await page.getByRole('button', { name: 'Terug' }).click();
  await expect(page.getByRole('heading', { name: 'Welkom in Klasdeur' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'start (returning, tutorial folded)');
});

test('a keyboard-only player hears the classroom through the live region', async ({ page }) => {
  await freshStart(page);
  await toCatalogueByKeyboard(page);
  await tabTo(page, scenarioButton(page, 'maandag-eerste-uur'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.choice').first()).toBeFocused();

  // One polite region, visually hidden, apart from the story.
  const region = narration(page);
  await expect(region).toHaveCount(1);
  await expect(region).toHaveAttribute('aria-live', 'polite');
  expect(await region.evaluate((node) => node.closest('.play__story') === null && node.getBoundingClientRect().width <= 1)).toBe(true);
  await expect(region).toHaveText('Je staat in de lerarenkamer.');
  await classroomReady(page);
  // The classroom loading (the same view shown again) says nothing new.
  await expect(region).toHaveText('Je staat in de lerarenkamer.');

  // To the door: the class comes in, on the canvas and in the region.
  await page.keyboard.press('1');
  await expect(region.locator('p')).toHaveText(['Je staat nu aan de klasdeur.', 'De klas komt binnen.']);
  // Every pupil's name over the canvas (shown as each walks in) says the same.
  const pupils = page.locator('.kd-names .kd-pupil');
  await expect(pupils).toHaveCount(24);
  expect(await pupils.evaluateAll((items) => items.every((item) => item.getAttribute('aria-label')?.endsWith('komt binnen')))).toBe(true);

  // To the desk: Kobe calls out, Arne withdraws, Bilal laughs — as the names over the canvas say too.
  await expect(page.locator('.choice').first()).toBeFocused();
  await page.keyboard.press('1');
  await expect(region.locator('p').first()).toHaveText('Je staat nu aan je bureau.');
  await expect(region).toContainText('Kobe roept door de klas.');
  await expect(page.getByRole('img', { name: /^Kobe — .*roept iets/ })).toHaveCount(1);
  await expect(region).toContainText('Arne trekt zich terug.');
  await expect(page.getByRole('img', { name: /^Arne — .*trekt zich terug/ })).toHaveCount(1);

  // Moving through the pupils with the arrow keys reads them and changes nothing in the region.
  const before = await region.innerText();
  await tabTo(page, page.getByRole('group', { name: 'De klas' }).locator('[tabindex="0"]'));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'De klas' }).getByRole('img').nth(1)).toBeFocused();
  expect(await region.innerText()).toBe(before);
});

/** The focused element, its place in the document and whether it shows a focus ring (outline or ring shadow). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return null;
    const style = getComputedStyle(active);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const all = [...document.querySelectorAll('*')];
    return { index: all.indexOf(active), ring, name: `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? ''}` };
  });
}

/** Tabs through the whole page once: every stop shows a ring, and the stops come in document order. */
async function expectTabOrder(page: Page, screen: string) {
  // Start from the top of the page: a focusable-by-script marker before everything, gone after the first Tab.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const seen: { index: number; name: string }[] = [];
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (presses === 0) await page.evaluate(() => document.getElementById('tab-start')?.remove());
    const state = await focusState(page);
    if (!state) break;
    if (seen.length > 0 && state.index <= seen.at(-1)!.index) break; // wrapped around to the top
    expect(state.ring, `${screen}: ${state.name} shows a focus ring`).toBe(true);
    seen.push(state);
  }
  expect(seen.length, `${screen}: Tab reaches the controls`).toBeGreaterThan(0);
  return seen.map((stop) => stop.name);
}

test('Tab walks every screen in reading order, with a visible focus ring at each stop', async ({ page }) => {
  await freshStart(page);
  expect(await expectTabOrder(page, 'start')).toContain('button Begin');
  await page.getByRole('button', { name: 'Begin' }).click();
  const profile = await expectTabOrder(page, 'profile');
  expect(profile.at(-1)).toBe('button Bewaar en ga verder');
  await toCatalogueFromProfile(page);
  expect(await expectTabOrder(page, 'catalogue')).toContain('button Speel');
  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  const settings = await expectTabOrder(page, 'settings');
  expect(settings).toContain('button Wis mijn gegevens');
  expect(settings.at(-1)).toBe('button Terug');
  await page.getByRole('navigation').getByRole('button', { name: 'Situaties' }).click();
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await classroomReady(page);
  await page.keyboard.press('1');
  await expect(page.getByRole('group', { name: 'De klas' }).getByRole('img')).not.toHaveCount(0);
  const play = await expectTabOrder(page, 'play');
  // The class is one stop, before the choices.
  expect(play.filter((stop) => stop.startsWith('div '))).toHaveLength(1);
  expect(play.findIndex((stop) => stop.startsWith('div '))).toBeLessThan(play.findIndex((stop) => stop.startsWith('button 1')));
});

async function toCatalogueFromProfile(page: Page) {
  await page.getByRole('checkbox', { name: 'sport' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: /Bewaar/ }).click();
  await expect(page.getByRole('heading', { name: 'Kies een situatie' })).toBeVisible();
}

test('the English game narrates in English', async ({ page }) => {
  await freshStart(page);
  await toCatalogue(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Instellingen' }).click();
  await page.getByText('English', { exact: true }).click();
  await page.getByRole('navigation').getByRole('button', { name: 'Situations' }).click();
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await expect(narration(page)).toHaveText('You are in the staff room.');
  await page.keyboard.press('1');
  await expect(narration(page).locator('p')).toHaveText(['You are now at the classroom door.', 'The class comes in.']);
});

/** How long transitions last on a button, and how many animations run in the page. */
const motion = (page: Page) =>
  page.evaluate(() => ({
    transition: getComputedStyle(document.querySelector('button')!).transitionDuration,
    animations: document.getAnimations().length,
  }));

test('with reduced motion asked by the system, nothing moves and the game still plays to the end', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await freshStart(page);
  // The setting starts from the system's wish.
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  expect(await motion(page)).toEqual({ transition: '0s', animations: 0 });
  await toCatalogue(page);
  await scenarioButton(page, 'maandag-eerste-uur').click();
  await classroomReady(page);
  await page.keyboard.press('1');
  // Without walking in, the whole class is in its seats at once.
  await expect(page.getByRole('group', { name: 'De klas' }).getByRole('img')).toHaveCount(24);
  expect(await motion(page)).toEqual({ transition: '0s', animations: 0 });
  await playToTheEnd(page);
  await expect(page.getByRole('heading', { name: /^Score: \d+ van 100$/ })).toBeVisible();
  expect(await motion(page)).toEqual({ transition: '0s', animations: 0 });
});

test('the "reduce motion" setting turns transitions off without the system asking', async ({ page }) => {
  await freshStart(page);
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'false');
  expect((await motion(page)).transition).not.toBe('0s');
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('checkbox', { name: 'Minder beweging' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-reduced-motion', 'true');
  expect((await motion(page)).transition).toBe('0s');
});
