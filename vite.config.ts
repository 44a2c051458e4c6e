/**
 * Build configuration of the game: the shipped scenarios become a virtual JSON module, the built page gets its
 * Content Security Policy, and asset URLs are relative so the `dist/` folder works from any path (a course
 * site, a USB stick served locally). Dev server on 5173, preview of the build on 4173 (the e2e tests use it).
 */
import { defineConfig } from 'vite';
import { cspPlugin } from './src/build/cspPlugin.ts';
import { scenariosPlugin } from './src/build/scenariosPlugin.ts';

export default defineConfig({
  base: './',
  plugins: [scenariosPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    // Phaser is one prebuilt 1.37 MB file: tree-shaking does nothing, so it gets its own chunk.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
  server: {
    port: 5173,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
});
