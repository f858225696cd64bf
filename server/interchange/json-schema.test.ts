import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYCLE_SCHEMA_PATH, cycleJsonSchema } from '../../contracts/interchange/json-schema.ts';

describe('the JSON Schema of format mandate.cycle/1', () => {
  it('is committed exactly as generated from the zod schema (run `npm run interchange:schema`)', () => {
    // the same values in the same order; the layout is the project formatter's
    const committed = JSON.stringify(JSON.parse(readFileSync(CYCLE_SCHEMA_PATH, 'utf8')));
    expect(committed).toBe(JSON.stringify(cycleJsonSchema()));
  });

  it('is a closed JSON Schema 2020-12 document with named definitions', () => {
    const schema = cycleJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      $defs: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).not.toContain('subordinateResults');
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Task', 'CheckIn', 'Appraisal', 'Council', 'ScoreSheet', 'Points', 'Decimal']),
    );
  });
});
