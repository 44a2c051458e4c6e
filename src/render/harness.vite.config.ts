/**
 * Vite configuration for the classroom harness page alone (tests/e2e/render.spec.ts and the frame-rate
 * measurement start a dev server with it): the repository root as root, and neither file watching nor hot
 * reload, so a scenario edited by someone else during a test run cannot reload the page under the test.
 * The game's own vite.config.ts is left alone; the harness never goes into the build.
 */
import { join } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: join(import.meta.dirname, '../..'),
  cacheDir: 'node_modules/.vite-harness',
  logLevel: 'warn',
  optimizeDeps: { include: ['phaser'], entries: ['src/render/harness.html'] },
  server: { hmr: false, watch: null },
});
