/**
 * `klasdeur schema [folder]`: writes the JSON Schemas generated from the zod schemas, for editors.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../core/scenario/jsonSchema.ts';
import { SHIPPED_SCENARIOS } from './check.ts';

export function runSchema(paths: string[]): number {
  const folder = paths[0] ?? SHIPPED_SCENARIOS;
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    writeFileSync(join(folder, name), text);
    process.stdout.write(`${join(folder, name)}\n`);
  }
  return 0;
}
