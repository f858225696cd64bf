#!/usr/bin/env node
// Entry point: loads the TypeScript sources through tsx's loader, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const [command, ...rest] = process.argv.slice(2);
try {
  let code;
  if (command === 'evaluate' || command === 'validate-cycle') {
    // File-only commands: no server or database code to load, so they start quickly.
    const { evaluateCli, validateCycleCli } = await import('../server/cli/evaluate.ts');
    code = command === 'evaluate' ? evaluateCli(rest) : validateCycleCli(rest);
  } else {
    const { main } = await import('../server/cli/main.ts');
    code = await main(process.argv.slice(2));
  }
  if (code >= 0) process.exit(code);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
