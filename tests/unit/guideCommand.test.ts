/**
 * `klasdeur guide` as a lecturer runs it: Markdown to stdout by default, a printable HTML file with
 * --format html --out, English with --lang en, the checker's errors and exit 1 for a broken file, and
 * exit 2 for wrong use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/klasdeur.mjs', import.meta.url).pathname;
const fixtures = new URL('../fixtures/guide/', import.meta.url).pathname;
const scenario = join(fixtures, 'gids-proef.yaml');

function run(args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: fixtures });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const tempFolder = () => mkdtempSync(join(tmpdir(), 'klasdeur-guide-'));

describe('klasdeur guide', () => {
  it('writes Markdown to stdout by default, with goals, evidence, the myth and the script', () => {
    const { code, out, err } = run(['guide', scenario]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.startsWith("# Proef \\<script\\>alert('titel')\\</script\\>\n\n*Gids voor lerarenopleiders · Klasdeur*\n")).toBe(true);
    expect(out).toContain('## Doelen\n\n- Structuur en nabijheid samen oefenen.\n');
    expect(out).toContain('## Waarop het scenario steunt\n\n- **Wubbels & Brekelmans (2005)** — Sturing en nabijheid samen werken het best.\n');
    expect(out).toContain('> “Een band met je leerlingen ondermijnt je gezag.”');
    expect(out).toContain('### 1 · deur — aan de klasdeur');
    expect(out).toContain('- Als de nabijheid met Lisa minstens 0.45 is → **einde ‘Lisa voelt zich gezien’**');
    expect(out).toContain('### Einde: Een gewone les');
  });

  it('writes English with --lang en', () => {
    const { code, out } = run(['guide', scenario, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('## Goals\n\n- Practise structure and closeness together.\n');
    expect(out).toContain('- If closeness with Lisa is at least 0.45 → **ending ‘Lisa feels seen’**');
  });

  it('writes a standalone HTML page to a file with --format html --out, and names the file', () => {
    const file = join(tempFolder(), 'gids.html');
    const { code, out } = run(['guide', scenario, '--format', 'html', '--out', file]);
    expect(code).toBe(0);
    expect(out).toBe(`${file}\n`);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<h1 class="guide__title" id="guide-title">Proef &lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;</h1>');
    expect(html).toContain('<li>Structuur en nabijheid samen oefenen.</li>');
    expect(html).toContain('<li><strong class="guide__source">Wubbels &amp; Brekelmans (2005)</strong> — Sturing en nabijheid samen werken het best.</li>');
    expect(html).not.toMatch(/<script/i);
  });

  it('prints the checker’s errors and exits 1 for a file with problems, writing no guide', () => {
    const folder = tempFolder();
    const broken = join(folder, 'kapot.yaml');
    writeFileSync(broken, readFileSync(scenario, 'utf8').replace('next: koel', 'next: koelkast'));
    writeFileSync(join(folder, 'mini.cast.yaml'), readFileSync(join(fixtures, 'mini.cast.yaml')));
    const { code, out, err } = run(['guide', broken]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .*koelkast`, 'm'));
  });

  it('exits 1 for a file that does not exist', () => {
    const { code, err } = run(['guide', 'bestaat-niet.yaml']);
    expect(code).toBe(1);
    expect(err).toContain('bestaat-niet.yaml:1:1: Dit bestand of deze map bestaat niet.');
  });

  it('exits 2 without a file, saying what to give', () => {
    const { code, err } = run(['guide']);
    expect(code).toBe(2);
    expect(err).toContain('Geef precies één scenariobestand op');
  });

  it('exits 2 for an unknown format, before reading the file', () => {
    const { code, out, err } = run(['guide', scenario, '--format', 'pdf']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain("--format is md of html, niet 'pdf'.");
  });

  it.each([
    ['two files', ['guide', scenario, scenario]],
    ['an unknown option', ['guide', scenario, '--taal', 'en']],
    ['an unknown language', ['guide', scenario, '--lang', 'fr']],
  ])('exits 2 for %s, writing no guide', (_, args) => {
    const { code, out } = run(args);
    expect(code).toBe(2);
    expect(out).not.toContain('# Proef');
  });

  it('is in the help text', () => {
    const { code, out } = run(['help']);
    expect(code).toBe(0);
    expect(out).toContain('klasdeur guide BESTAND [--format md|html] [--lang nl|en] [--out PAD]');
  });
});
