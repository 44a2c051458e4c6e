/**
 * The `klasdeur` command line: reads the arguments and hands them to one command module. Returns the
 * exit code (0 fine, 1 problems found, 2 wrong use).
 */
import { parseArgs } from 'node:util';
import { runCheck } from './checkCommand.ts';
import { runGuide } from './guideCommand.ts';
import { runPaths } from './pathsCommand.ts';
import { runPlay } from './playCommand.ts';
import { runSchema } from './schemaCommand.ts';
import { runSimulate } from './simulateCommand.ts';

const USAGE = `klasdeur — scenario's voor Klasdeur controleren en spelen

Gebruik:
  klasdeur check [bestanden of mappen] [--json] [--lenient] [--lang nl|en]
      Controleert scenario- en castbestanden (standaard: scenarios/).
      --lenient  ontbrekende Engelse teksten zijn waarschuwingen, geen fouten (voor je eigen bestand)
      --json     het resultaat als JSON
  klasdeur paths BESTAND [--json] [--max N]
      Elk pad door het scenario: de keuzes, het einde en de score (hoogstens N paden, standaard 5000).
  klasdeur simulate BESTAND --runs N --seed S [--json]
      N willekeurige speelbeurten: laagste, mediaan en hoogste score, en welke eindes bereikt werden.
  klasdeur play BESTAND [--lang nl|en]
      Speel het scenario in de terminal, met de nabespreking op het einde. Een schooljaarbestand
      (scenarios/years/) speel je hoofdstuk na hoofdstuk, met het jaar in terugblik op het einde.
  klasdeur guide BESTAND [--format md|html] [--lang nl|en] [--out PAD]
      Een gids voor lerarenopleiders: doelen, de mythe, de bronnen, vragen voor de nabespreking en het
      volledige script met elke keuze en vertakking (standaard Markdown naar het scherm; html om af te drukken).
  klasdeur schema [map]
      Schrijft scenario.schema.json en cast.schema.json (standaard in scenarios/).
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lenient: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
        runs: { type: 'string', default: '100' },
        seed: { type: 'string', default: '1' },
        max: { type: 'string' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' ? 'en' : values.lang === 'nl' ? 'nl' : undefined;
  if (!lang) {
    process.stderr.write(`--lang is nl of en, niet '${values.lang}'.\n`);
    return 2;
  }
  if (values.help || command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  switch (command) {
    case 'check':
      return runCheck(positionals, { json: values.json, lenient: values.lenient, lang });
    case 'paths':
    case 'simulate': {
      const runs = Number(values.runs);
      const seed = Number(values.seed);
      const max = values.max === undefined ? undefined : Number(values.max);
      if (![runs, seed, max ?? 1].every((n) => Number.isInteger(n) && n >= 0) || runs < 1) {
        process.stderr.write('--runs, --seed en --max zijn gehele getallen (--runs minstens 1).\n');
        return 2;
      }
      return command === 'paths'
        ? runPaths(positionals[0], { json: values.json, lang, ...(max ? { max } : {}) })
        : runSimulate(positionals[0], { json: values.json, lang, runs, seed });
    }
    case 'play':
      return runPlay(positionals[0], lang);
    case 'guide':
      return runGuide(positionals, { format: values.format, lang, ...(values.out !== undefined ? { out: values.out } : {}) });
    case 'schema':
      return runSchema(positionals);
    default:
      process.stderr.write(`Onbekend commando '${command}'.\n\n${USAGE}`);
      return 2;
  }
}
