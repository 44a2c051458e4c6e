/**
 * `klasdeur guide FILE [--format md|html] [--lang nl|en] [--out PATH]`: writes the lecturer's guide to a
 * scenario (goals, myth, evidence, discussion questions and the script of every beat and branch) as
 * Markdown or as a standalone, printable HTML page, to stdout or to a file. A file with problems gets the
 * checker's errors and exit 1; wrong use exit 2.
 */
import { writeFileSync } from 'node:fs';
import { buildGuide } from '../core/guide/build.ts';
import { renderGuideHtml } from '../core/guide/html.ts';
import { renderGuideMarkdown } from '../core/guide/markdown.ts';
import type { Language } from '../core/scenario/vocabulary.ts';
import { loadOneScenario } from './loadOne.ts';

export const GUIDE_FORMATS = ['md', 'html'] as const;
export type GuideFormat = (typeof GUIDE_FORMATS)[number];

export interface GuideFlags {
  format: string;
  lang: Language;
  out?: string;
}

export function runGuide(files: string[], flags: GuideFlags): number {
  const nl = flags.lang === 'nl';
  const format = GUIDE_FORMATS.find((known) => known === flags.format);
  if (!format) {
    process.stderr.write(nl ? `--format is md of html, niet '${flags.format}'.\n` : `--format is md or html, not '${flags.format}'.\n`);
    return 2;
  }
  if (files.length !== 1) {
    process.stderr.write(nl ? 'Geef precies één scenariobestand op: klasdeur guide BESTAND.\n' : 'Name exactly one scenario file: klasdeur guide FILE.\n');
    return 2;
  }
  const compiled = loadOneScenario(files[0], flags.lang);
  if (!compiled) return 1;
  const guide = buildGuide(compiled, flags.lang);
  const text = format === 'html' ? renderGuideHtml(guide) : renderGuideMarkdown(guide);
  if (flags.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(flags.out, text);
  } catch (error) {
    process.stderr.write(nl ? `Kon ${flags.out} niet schrijven: ${(error as Error).message}\n` : `Could not write ${flags.out}: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${flags.out}\n`);
  return 0;
}
