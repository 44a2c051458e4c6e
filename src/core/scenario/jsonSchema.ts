/**
 * The JSON Schema of scenario, cast and school-year files, generated from the zod schemas, so a lecturer's editor can
 * autocomplete and underline (scenarios/scenario.schema.json, cast.schema.json, year.schema.json; a test keeps them in sync).
 */
import { z } from 'zod';
import { Cast, Scenario, SchoolYear } from './schema.ts';

export function scenarioJsonSchema(): object {
  return { title: 'Klasdeur scenario', ...z.toJSONSchema(Scenario, { target: 'draft-2020-12', unrepresentable: 'any' }) };
}

export function castJsonSchema(): object {
  return { title: 'Klasdeur cast', ...z.toJSONSchema(Cast, { target: 'draft-2020-12', unrepresentable: 'any' }) };
}

export function yearJsonSchema(): object {
  return { title: 'Klasdeur school year', ...z.toJSONSchema(SchoolYear, { target: 'draft-2020-12', unrepresentable: 'any' }) };
}

/** The files as they are written: two-space JSON with a final newline. */
export function jsonSchemaFiles(): Record<string, string> {
  const text = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
  return { 'scenario.schema.json': text(scenarioJsonSchema()), 'cast.schema.json': text(castJsonSchema()), 'year.schema.json': text(yearJsonSchema()) };
}
