import { parseArgs } from 'node:util';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../db/seed/demo-province.ts';
import { isEmpty, seedDemo } from '../db/seed/seed-demo.ts';
import { startServer } from '../main.ts';
import { verifyAuditChain } from '../services/audit/verify-audit-chain.ts';
import { createUnitCommand } from './create-unit.ts';
import { createUserCommand } from './create-user.ts';
import { importTasksCommand } from './import-tasks.ts';
import { resetDatabase } from './reset.ts';

const HELP = `mandate <command> [options]

  start            migrate, load the demo province if the database is empty, serve
  serve            migrate and serve (no demo data)
  migrate          apply pending migrations
  seed             load the demo province (refused if units already exist)
  reset            drop every table, migrate and load the demo province again
  create-unit      --kind province --code HN --name "Thành phố Hà Nội" [--parent CODE]  (the first unit of a new install)
  create-user      --username U --password P --name "Display name" [--role admin --unit CODE [--subtree]]
  import-tasks     --file F.xlsx --as USER (--assignment ID | --cycle ID --assigning CODE --unit CODE) [--mode replace|append]
  verify-audit     re-compute the audit hash chains; exit 1 and name the first broken link

Environment: DATABASE_URL (PostgreSQL; else embedded PGlite in MANDATE_DATA_DIR, default ./data),
PORT (3000), HOST (127.0.0.1), SECURE_COOKIES, LOG_LEVEL.`;

/** The command-line entry point. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const withDb = async <T>(fn: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) => {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await migrate(database.pool);
      return await fn(database);
    } finally {
      await database.close();
    }
  };

  switch (command) {
    case 'start':
    case 'serve': {
      const started = Date.now();
      const server = await startServer(config, {
        beforeListen: async (database) => {
          if (command === 'start' && (await isEmpty(database.db))) {
            console.log('Loading the demo province (Vĩnh Phúc, 2022)…');
            const result = await seedDemo(database.db, systemClock);
            console.log(`  ${result.units} units, ${result.people} people, ${result.users} demo logins.`);
          }
        },
      });
      printWelcome(server.url, command === 'start', Date.now() - started);
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return -1;
    }
    case 'migrate':
      return withDb(async (d) => {
        console.log('Migrations are up to date.');
        void d;
        return 0;
      });
    case 'seed':
      return withDb(async (d) => {
        if (!(await isEmpty(d.db))) {
          console.error('The database already has units; use `mandate reset` to start over.');
          return 1;
        }
        console.log(await seedDemo(d.db, systemClock));
        return 0;
      });
    case 'reset':
      return withDb(async (d) => {
        await resetDatabase(d.pool);
        await migrate(d.pool);
        console.log(await seedDemo(d.db, systemClock));
        return 0;
      });
    case 'create-unit': {
      const { values } = parseArgs({
        args: rest,
        options: {
          kind: { type: 'string' },
          code: { type: 'string' },
          name: { type: 'string' },
          parent: { type: 'string' },
          opened: { type: 'string' },
        },
      });
      return withDb((d) => createUnitCommand(d.db, values));
    }
    case 'create-user': {
      const { values } = parseArgs({
        args: rest,
        options: {
          username: { type: 'string' },
          password: { type: 'string' },
          name: { type: 'string' },
          role: { type: 'string' },
          unit: { type: 'string' },
          subtree: { type: 'boolean', default: false },
        },
      });
      return withDb((d) => createUserCommand(d.db, values));
    }
    case 'import-tasks': {
      const { values } = parseArgs({
        args: rest,
        options: {
          file: { type: 'string' },
          as: { type: 'string' },
          assignment: { type: 'string' },
          cycle: { type: 'string' },
          assigning: { type: 'string' },
          unit: { type: 'string' },
          mode: { type: 'string' },
        },
      });
      return withDb((d) => importTasksCommand(d.db, values));
    }
    case 'verify-audit':
      return withDb(async (d) => {
        const result = await verifyAuditChain(d.db);
        if (result.firstBreak) {
          console.error(`Audit chain BROKEN after checking ${result.checked} events. First broken link:`);
          console.error(JSON.stringify(result.firstBreak, null, 2));
          return 1;
        }
        console.log(`Audit chain intact: ${result.checked} events verified.`);
        return 0;
      });
    default:
      console.log(HELP);
      return command && command !== 'help' && command !== '--help' ? 1 : 0;
  }
}

function printWelcome(url: string, demo: boolean, ms: number) {
  console.log(`\nMandate is running at ${url}  (ready in ${(ms / 1000).toFixed(1)} s)`);
  console.log(`API docs: ${url}/api/docs`);
  if (demo) {
    console.log(`\nDemo logins (password ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS)
      console.log(`  ${u.username.padEnd(20)} ${u.role.padEnd(15)} ${u.displayName}`);
  }
  console.log('\nPress Ctrl+C to stop.');
}
