/**
 * End-to-end tests: tests/e2e in Debian's Chromium (Playwright cannot download its own browsers here) against
 * the BUILT game served by `vite preview` (`npm test` builds first). KLASDEUR_CHROMIUM points at another
 * Chromium. The launch flags keep Chromium off the network and let WebGL run on Mesa's llvmpipe
 * (see shared/STACK-NOTES.md).
 */
import { defineConfig } from '@playwright/test';

const PREVIEW_URL = 'http://localhost:4173';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    baseURL: PREVIEW_URL,
    locale: 'nl-BE',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.KLASDEUR_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--autoplay-policy=no-user-gesture-required',
        '--use-gl=angle',
        '--use-angle=gl-egl',
        '--ignore-gpu-blocklist',
      ],
    },
  },
  webServer: {
    command: 'npm run preview',
    url: PREVIEW_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
