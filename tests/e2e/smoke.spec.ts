/**
 * Smoke test of the built page in real Chromium: it loads, lists every shipped scenario (titles read from
 * the YAML under scenarios/ here, not hard-coded), logs no error, sends no request off its own origin, and carries a
 * Content Security Policy that blocks a script from anywhere else.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { parse } from 'yaml';
import { freshStart, toCatalogue } from './support.ts';

const SCENARIO_DIR = join(import.meta.dirname, '../../scenarios');

/** Dutch titles of the scenario files under scenarios/ (casts have no `beats`, so they are left out). */
function shippedTitles(): string[] {
  return readdirSync(SCENARIO_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/i.test(name))
    .map((name) => parse(readFileSync(join(SCENARIO_DIR, name), 'utf8')) as { title?: { nl?: string }; beats?: unknown } | null)
    .filter((doc) => doc?.beats !== undefined)
    .map((doc) => String(doc?.title?.nl));
}

interface RequestLog {
  /** Every request the pages of the context started, blocked or not. */
  started: string[];
  /** Requests that got past the browser's own checks (CSP included) and would have gone on the wire. */
  sent: string[];
  /** Failed requests with Chromium's reason ("csp" when the policy blocked it). */
  failed: Map<string, string>;
}

/** Watches every request of the context and aborts any that would leave `origin`. */
async function watchRequests(context: BrowserContext, origin: string): Promise<RequestLog> {
  const log: RequestLog = { started: [], sent: [], failed: new Map() };
  context.on('request', (request) => log.started.push(request.url()));
  context.on('requestfailed', (request) => log.failed.set(request.url(), request.failure()?.errorText ?? ''));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    log.sent.push(url);
    return isOwnOrigin(url, origin) ? route.continue() : route.abort('blockedbyclient');
  });
  return log;
}

function isOwnOrigin(url: string, origin: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;
}

test('the built page leads to a list of every scenario, without errors or off-origin requests', async ({ context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = await watchRequests(context, origin);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

  await freshStart(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Klasdeur' })).toBeVisible();
  await toCatalogue(page);
  await page.waitForLoadState('networkidle');
  const titles = shippedTitles();
  expect(titles.length, 'scenarios/ holds at least one scenario').toBeGreaterThan(0);
  const catalogue = page.getByRole('region', { name: 'Kies een situatie' });
  await expect(catalogue.locator('[data-scenario-id]')).toHaveCount(titles.length);
  for (const title of titles) {
    await expect(catalogue.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }

  expect(problems).toEqual([]);
  expect(requests.started.length).toBeGreaterThan(0);
  expect(requests.started.filter((url) => !isOwnOrigin(url, origin))).toEqual([]);
});

test('the built page carries a same-origin CSP that blocks a foreign script', async ({ context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests = await watchRequests(context, origin);
  const page = await context.newPage();
  await page.goto('/');

  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = await meta.getAttribute('content');
  expect(policy).toBeTruthy();
  const directives = new Map(
    policy!
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // Only the own origin, data: and blob: may appear: no host, no scheme wildcard, no unsafe-inline or eval.
  const sources = [...directives.values()].flat();
  expect(sources.filter((source) => !["'self'", "'none'", 'data:', 'blob:'].includes(source))).toEqual([]);

  const violation = await page.evaluate(
    () =>
      new Promise<{ directive: string; blocked: string } | null>((resolve) => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve({ directive: event.effectiveDirective, blocked: event.blockedURI }),
          { once: true },
        );
        setTimeout(() => resolve(null), 5_000);
        const script = document.createElement('script');
        script.src = 'http://example.invalid/x.js';
        document.head.append(script);
      }),
  );
  expect(violation).not.toBeNull();
  expect(violation!.directive).toMatch(/^script-src/);
  expect(violation!.blocked).toContain('example.invalid');
  await expect.poll(() => requests.failed.get('http://example.invalid/x.js')).toBe('csp');
  expect(requests.sent.filter((url) => !isOwnOrigin(url, origin))).toEqual([]);
});
