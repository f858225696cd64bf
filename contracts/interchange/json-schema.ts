import { z } from 'zod';
import { cycleDocumentSchema } from './cycle-format.ts';

/** Where the committed JSON Schema of format mandate.cycle/1 lives, from the project root. */
export const CYCLE_SCHEMA_PATH = 'docs/interchange/mandate-cycle-1.schema.json';

/** The JSON Schema (2020-12) of format mandate.cycle/1, generated from the zod schema. */
export function cycleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(cycleDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
}

/** The committed file's exact text: 2-space indentation and a final newline. */
export function cycleJsonSchemaText(): string {
  return `${JSON.stringify(cycleJsonSchema(), null, 2)}\n`;
}
