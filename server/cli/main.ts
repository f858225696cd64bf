import { parseArgs } from 'node:util';
import { systemClock } from '../clock.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../db/seed/demo-province.ts';
import { isEmpty, seedDemo } from '../db/seed/seed-demo.ts';
import { startServer } from '../main.ts';
import { verifyAuditChain } from '../services/audit/verify-audit-chain.ts';
import { LocalFileStorage } from '../storage/local-file-storage.ts';
import { checkInCommand } from './check-in.ts';
import { councilProgressCommand, scoreCommand } from './councils.ts';
import { createUnitCommand } from './create-unit.ts';
import { createUserCommand } from './create-user.ts';
import { evaluateCli, validateCycleCli } from './evaluate.ts';
import { importTasksCommand } from './import-tasks.ts';
import { exportCycleCommand, importCycleCommand } from './interchange.ts';
import { resetDatabase } from './reset.ts';
import { evaluateCouncilCommand, finalizeCommand } from './results.ts';
import { appraiseCommand, taskStatusCommand } from './status.ts';
import { respondRequestCommand, supportRequestsCommand } from './support.ts';
import { sweepCommand } from './sweep.ts';

const HELP = `mandate <command> [options]

  start            migrate, load the demo province if the database is empty, serve
  serve            migrate and serve (no demo data)
  migrate          apply pending migrations
  seed             load the demo province (refused if units already exist)
  reset            drop every table, migrate and load the demo province again
  create-unit      --kind province --code HN --name "Thành phố Hà Nội" [--parent CODE]  (the first unit of a new install)
  create-user      --username U --password P --name "Display name" [--role admin --unit CODE [--subtree]]
  import-tasks     --file F.xlsx --as USER (--assignment ID | --cycle ID --assigning CODE --unit CODE) [--mode replace|append]
  support-requests --as USER [--box inbox|raised] [--state open|answered|withdrawn|all]  (JSON)
  respond-request  --as USER --id REQUEST_ID --response TEXT [--resolved]
  check-in         --as USER --task TASK_ID --date YYYY-MM-DD [--value N | --percent N] [--narrative TEXT] [--submits-product]
                   [--file PATH]... [--link URL]... [--document "12/BC-UBND|2022-05-02|title"]... [--corrects ID --reason TEXT]
  task-status      --assignment ID [--date YYYY-MM-DD]  (status of every task on a day, JSON)
  appraise         --as USER --assignment ID --file appraisal.json  (record an appraisal; the file holds the API body)
  verify-audit     re-compute the audit hash chains; exit 1 and name the first broken link
  score            --as USER --council ID --assignment ID --file sheet.json  (a council member's sheet for one head)
  council-progress --council ID [--as USER]  (who has finished scoring whom; never the scores)
  evaluate-council --council ID [--quarter N] [--as USER]  (the cohort's results as JSON; stored when --as the assigner)
  finalize         --as USER --council ID --file decisions.json  ({version?, decisions: [{assignmentId, level, reason?}]})
  evaluate         --file cycle.json [--quarter N] [--as-of YYYY-MM-DD] [--locale vi|en]  (print the evaluation as JSON; no database)
  validate-cycle   --file cycle.json [--locale vi|en]  (check a cycle document, format mandate.cycle/1; no database)
  export-cycle     --cycle ID [--file out.json]  (the whole cycle as a mandate.cycle/1 document; stdout without --file)
  import-cycle     --file in.json [--as USERNAME]  (validate all, then write the cycle in one transaction; prints counts)
  sweep            [--date YYYY-MM-DD]  one reminder sweep now (today in Vietnam by default); prints counts (JSON)

Environment: DATABASE_URL (PostgreSQL; else embedded PGlite in MANDATE_DATA_DIR, default ./data),
PORT (3000), HOST (127.0.0.1), SECURE_COOKIES, LOG_LEVEL; e-mail: SMTP_URL, MAIL_FROM, PUBLIC_URL;
MANDATE_SWEEP_MINUTES (60; 0 = no reminder sweeps).`;

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
    // pure commands on a cycle document: they never open the database
    case 'evaluate':
      return evaluateCli(rest);
    case 'validate-cycle':
      return validateCycleCli(rest);
    case 'start':
    case 'serve': {
      const started = Date.now();
      const server = await startServer(config, {
        beforeListen: async (database) => {
          if (command === 'start' && (await isEmpty(database.db))) {
            console.log('Loading the demo province (Vĩnh Phúc, 2022)…');
            const result = await seedDemo(database, systemClock, new LocalFileStorage(config.filesDir));
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
        console.log(await seedDemo(d, systemClock, new LocalFileStorage(config.filesDir)));
        return 0;
      });
    case 'reset':
      return withDb(async (d) => {
        await resetDatabase(d.pool);
        await migrate(d.pool);
        console.log(await seedDemo(d, systemClock, new LocalFileStorage(config.filesDir)));
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
    case 'check-in': {
      const { values } = parseArgs({
        args: rest,
        options: {
          as: { type: 'string' },
          task: { type: 'string' },
          date: { type: 'string' },
          value: { type: 'string' },
          percent: { type: 'string' },
          narrative: { type: 'string' },
          'submits-product': { type: 'boolean', default: false },
          file: { type: 'string', multiple: true },
          link: { type: 'string', multiple: true },
          document: { type: 'string', multiple: true },
          corrects: { type: 'string' },
          reason: { type: 'string' },
        },
      });
      return withDb((d) => checkInCommand(d.db, new LocalFileStorage(config.filesDir), values));
    }
    case 'support-requests': {
      const { values } = parseArgs({
        args: rest,
        options: { as: { type: 'string' }, box: { type: 'string' }, state: { type: 'string' } },
      });
      return withDb((d) => supportRequestsCommand(d.db, values));
    }
    case 'respond-request': {
      const { values } = parseArgs({
        args: rest,
        options: {
          as: { type: 'string' },
          id: { type: 'string' },
          response: { type: 'string' },
          resolved: { type: 'boolean', default: false },
        },
      });
      return withDb((d) => respondRequestCommand(d.db, values));
    }
    case 'sweep': {
      const { values } = parseArgs({ args: rest, options: { date: { type: 'string' } } });
      return withDb((d) => sweepCommand(d, values, config));
    }
    case 'task-status': {
      const { values } = parseArgs({
        args: rest,
        options: { assignment: { type: 'string' }, date: { type: 'string' } },
      });
      return withDb((d) => taskStatusCommand(d.db, values));
    }
    case 'appraise': {
      const { values } = parseArgs({
        args: rest,
        options: { as: { type: 'string' }, assignment: { type: 'string' }, file: { type: 'string' } },
      });
      return withDb((d) => appraiseCommand(d.db, values));
    }
    case 'score': {
      const { values } = parseArgs({
        args: rest,
        options: {
          as: { type: 'string' },
          council: { type: 'string' },
          assignment: { type: 'string' },
          file: { type: 'string' },
        },
      });
      return withDb((d) => scoreCommand(d.db, values));
    }
    case 'council-progress': {
      const { values } = parseArgs({
        args: rest,
        options: { council: { type: 'string' }, as: { type: 'string' } },
      });
      return withDb((d) => councilProgressCommand(d.db, values));
    }
    case 'evaluate-council': {
      const { values } = parseArgs({
        args: rest,
        options: { council: { type: 'string' }, quarter: { type: 'string' }, as: { type: 'string' } },
      });
      return withDb((d) => evaluateCouncilCommand(d.db, values));
    }
    case 'finalize': {
      const { values } = parseArgs({
        args: rest,
        options: { as: { type: 'string' }, council: { type: 'string' }, file: { type: 'string' } },
      });
      return withDb((d) => finalizeCommand(d.db, values));
    }
    case 'export-cycle': {
      const { values } = parseArgs({
        args: rest,
        options: { cycle: { type: 'string' }, file: { type: 'string' } },
      });
      return withDb((d) => exportCycleCommand(d.db, values));
    }
    case 'import-cycle': {
      const { values } = parseArgs({
        args: rest,
        options: { file: { type: 'string' }, as: { type: 'string' } },
      });
      return withDb((d) => importCycleCommand(d.db, values));
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
