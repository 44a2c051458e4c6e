#!/usr/bin/env node
/**
 * Makes sure the browser the e2e tests drive is there, so `npm test` alone works on a fresh Debian machine.
 * Playwright cannot download its own browser builds here, so the tests use Debian's Chromium:
 * KLASDEUR_CHROMIUM (any Chromium the user points at) or /usr/bin/chromium. When neither runs, root installs
 * Debian's package with apt-get; anyone else is told what to install and the script exits 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'libgl1-mesa-dri', 'libegl-mesa0', 'fonts-liberation'];
const DEFAULT_PATH = '/usr/bin/chromium';

/** Whether the browser at `path` exists and answers `--version`; prints the version when it does. */
function runs(path) {
  if (!existsSync(path)) return false;
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return false;
  console.log(`ensure-chromium: using ${path} (${result.stdout.trim()})`);
  return true;
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`ensure-chromium: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const override = process.env.KLASDEUR_CHROMIUM;
if (override) {
  if (runs(override)) process.exit(0);
  console.error(`ensure-chromium: KLASDEUR_CHROMIUM=${override} does not exist or does not run (--version failed).`);
  process.exit(1);
}

if (runs(DEFAULT_PATH)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    [
      `ensure-chromium: no working Chromium at ${DEFAULT_PATH}, and this is not root, so it cannot be installed here.`,
      'Install it (Debian/Ubuntu):',
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
      'or point the tests at a Chromium you have:',
      '  KLASDEUR_CHROMIUM=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', ...PACKAGES]);
if (!runs(DEFAULT_PATH)) {
  console.error(`ensure-chromium: installed ${PACKAGES.join(' ')}, yet ${DEFAULT_PATH} still does not run.`);
  process.exit(1);
}
