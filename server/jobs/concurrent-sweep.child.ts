/**
 * A separate process running reminder sweeps, for the test that runs two of them at
 * once against one PostgreSQL schema. Reads DATABASE_URL, SWEEP_SEARCH_PATH, SWEEP_DATE,
 * SWEEP_ROUNDS and SWEEP_START_AT (epoch ms: both processes start sweeping together);
 * prints the results as one JSON array.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../db/client.ts';
import { runSweep, type SweepResult } from './reminder-sweep.ts';

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  searchPath: process.env.SWEEP_SEARCH_PATH,
  poolSize: 4,
});
try {
  await sleep(Math.max(0, Number(process.env.SWEEP_START_AT ?? 0) - Date.now()));
  const results: SweepResult[] = [];
  for (let i = 0; i < Number(process.env.SWEEP_ROUNDS ?? 1); i++)
    results.push(await runSweep(database, { today: process.env.SWEEP_DATE! }));
  process.stdout.write(`${JSON.stringify(results)}\n`);
} finally {
  await database.close();
}
