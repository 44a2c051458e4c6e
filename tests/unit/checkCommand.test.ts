/**
 * `klasdeur check` as a lecturer runs it: text lines `file:line:col: message`, a JSON report with
 * --json, warnings with --lenient, and the exit code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/klasdeur.mjs', import.meta.url).pathname;
const fixtures = new URL('../fixtures/check/', import.meta.url).pathname;

function run(args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: fixtures }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, out: failed.stdout };
  }
}

const scenario = (narration: string) =>
  [
    'id: kort',
    'title: { nl: Kort, en: Short }',
    'summary: { nl: Kort., en: Short. }',
    'myth: geen-tijd',
    'level: secundair',
    'cast: mini',
    'lessonMinutes: 50',
    'goals: [{ nl: Doel, en: Goal }]',
    'evidence: [{ source: Bron, note: { nl: Noot, en: Note } }]',
    'beats:',
    '  deur:',
    '    place: klasdeur',
    `    narration: ${narration}`,
    '    next: einde',
    'endings:',
    '  einde: { title: { nl: A, en: A }, narration: { nl: B, en: B }, debrief: [{ nl: C, en: C }] }',
    '',
  ].join('\n');

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'klasdeur-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('klasdeur check', () => {
  it('passes good files with exit 0 and a count', () => {
    const folder = folderWith({ 'kort.yaml': scenario('{ nl: Hallo, en: Hello }'), 'mini.cast.yaml': readCast() });
    const { code, out } = run(['check', folder]);
    expect(code).toBe(0);
    expect(out.trim().split('\n').at(-1)).toBe('2 bestanden gecontroleerd: 2 in orde, 0 met fouten (0 fouten, 0 waarschuwingen).');
  });

  it('prints file:line:col: message and exits 1 on an error', () => {
    const folder = folderWith({ 'kort.yaml': scenario('{ nl: Hallo }'), 'mini.cast.yaml': readCast() });
    const { code, out } = run(['check', join(folder, 'kort.yaml'), join(folder, 'mini.cast.yaml')]);
    expect(code).toBe(1);
    expect(out).toContain(`${join(folder, 'kort.yaml')}:13:16: De Engelse tekst (en) ontbreekt.\n`);
  });

  it('--lenient turns a missing English text into a warning and exits 0', () => {
    const folder = folderWith({ 'kort.yaml': scenario('{ nl: Hallo }'), 'mini.cast.yaml': readCast() });
    const { code, out } = run(['check', folder, '--lenient']);
    expect(code).toBe(0);
    expect(out).toContain(':13:16: waarschuwing: De Engelse tekst (en) ontbreekt.');
  });

  it('--json prints files with their errors, each with line, column, path and message', () => {
    const folder = folderWith({ 'kort.yaml': scenario('{ nl: Hallo }'), 'mini.cast.yaml': readCast() });
    const { code, out } = run(['check', folder, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { files: { file: string; ok: boolean; errors: object[] }[] };
    const kort = report.files.find((file) => file.file.endsWith('kort.yaml'));
    expect(kort?.ok).toBe(false);
    expect(kort?.errors).toEqual([
      { line: 13, column: 16, path: 'beats.deur.narration', message: 'De Engelse tekst (en) ontbreekt.', code: 'missing-english' },
    ]);
    expect(report.files.find((file) => file.file.endsWith('mini.cast.yaml'))?.ok).toBe(true);
  });

  it('says so when a path does not exist', () => {
    const { code, out } = run(['check', 'bestaat-niet.yaml']);
    expect(code).toBe(1);
    expect(out).toContain('bestaat-niet.yaml:1:1: Dit bestand of deze map bestaat niet.');
  });

  it('refuses an unknown command with exit 2', () => {
    expect(run(['controleer']).code).toBe(2);
  });
});

function readCast(): string {
  return readFileSync(join(fixtures, 'mini.cast.yaml'), 'utf8');
}
