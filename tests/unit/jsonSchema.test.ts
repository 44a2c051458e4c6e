/**
 * The JSON Schemas beside the scenarios are generated from the zod schemas; this keeps them in sync
 * (run `npm run schema` after changing src/core/scenario/schema.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/core/scenario/jsonSchema.ts';

describe('scenarios/*.schema.json', () => {
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    it(`${name} matches the zod schema (npm run schema rewrites it)`, () => {
      const onDisk = readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8');
      expect(onDisk).toBe(text);
    });
  }

  it('describes the fields a lecturer writes', () => {
    const schema = JSON.parse(jsonSchemaFiles()['scenario.schema.json']!) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'title', 'myth', 'beats', 'endings', 'incidents']));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'beats', 'endings']));
  });
});
