/**
 * Writes docs/interchange/mandate-cycle-1.schema.json from the zod schema of the cycle
 * interchange format, laid out by the project's formatter. Run after changing
 * contracts/interchange/cycle-format.ts:
 *   npm run interchange:schema
 * A test fails while the committed file differs from the generated one.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CYCLE_SCHEMA_PATH, cycleJsonSchemaText } from '../contracts/interchange/json-schema.ts';

const root = resolve(import.meta.dirname, '..');
writeFileSync(resolve(root, CYCLE_SCHEMA_PATH), cycleJsonSchemaText());
execFileSync('npx', ['biome', 'format', '--write', CYCLE_SCHEMA_PATH], { cwd: root, stdio: 'inherit' });
console.log(`Wrote ${CYCLE_SCHEMA_PATH}`);
