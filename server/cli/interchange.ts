import { readFileSync, writeFileSync } from 'node:fs';
import { errorMessage } from '../../contracts/errors.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { AppError } from '../domain/app-error.ts';
import { exportCycle } from '../interchange/export-cycle.ts';
import { importCycle } from '../interchange/import-cycle.ts';
import type { InterchangeIssue } from '../interchange/issues.ts';
import { serializeCycleDocument, validateCycleJson } from '../interchange/validate-cycle.ts';
import { type ServiceContext, systemContext } from '../services/context.ts';

/**
 * `mandate export-cycle` and `mandate import-cycle`: a whole cycle to and from a
 * mandate.cycle/1 file (docs/interchange/README.md). The operator acts as the system
 * unless `--as` names an account, which must then be an admin reaching the organisation.
 * Exit codes: 0 done, 1 wrong usage or unreadable file, 2 refused (every problem on
 * stderr, one per line, as `path: message [code]`).
 */

type Io = { out: (text: string) => void; err: (text: string) => void };
const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const EXPORT_USAGE = 'Usage: mandate export-cycle --cycle ID [--file out.json]\n';
const IMPORT_USAGE = 'Usage: mandate import-cycle --file in.json [--as USERNAME]\n';

const line = (issue: Pick<InterchangeIssue, 'path' | 'message' | 'code'>) =>
  `${issue.path || '(document)'}: ${issue.message} [${issue.code}]\n`;

/** Prints a refusal: the localized message, then every problem it lists. */
function report(error: unknown, io: Io): number {
  if (!(error instanceof AppError)) throw error;
  io.err(`${errorMessage(error.code, 'vi', error.params)}\n`);
  const issues = error.params.issues;
  if (Array.isArray(issues)) for (const issue of issues as InterchangeIssue[]) io.err(line(issue));
  return 2;
}

/** A service context acting as the named active account. */
async function contextAs(db: Db, username: string, clock: Clock): Promise<ServiceContext | undefined> {
  const user = await findUserByUsername(db, username);
  if (!user?.isActive) return undefined;
  const grants = toDomainGrants(await activeGrants(db, user.id));
  return {
    db,
    actor: { userId: user.id, personId: user.personId, grants },
    clock,
    requestId: 'cli',
    locale: 'vi',
  };
}

/** `mandate export-cycle --cycle ID [--file F]`: the document on stdout, or in F. */
export async function exportCycleCommand(
  db: Db,
  o: { cycle?: string; file?: string },
  clock: Clock = systemClock,
  io: Io = processIo,
): Promise<number> {
  if (!o.cycle || !/^[0-9a-f-]{36}$/i.test(o.cycle)) {
    io.err(EXPORT_USAGE);
    return 1;
  }
  const cycleId = o.cycle.toLowerCase();
  try {
    // one snapshot: the file stays consistent while others keep writing
    const document = await db.transaction(
      (tx) => exportCycle(tx, cycleId, { exportedAt: clock().toISOString() }),
      {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      },
    );
    const text = serializeCycleDocument(document);
    if (!o.file) {
      io.out(text);
      return 0;
    }
    writeFileSync(o.file, text);
    const tasks = document.assignments.reduce((n, a) => n + a.tasks.length, 0);
    io.out(
      `${o.file}: ${document.cycle.name}, ${document.assignments.length} assignments, ${tasks} tasks, ${document.checkIns.length} check-ins, ${document.scores.length} score sheets.\n`,
    );
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

/** `mandate import-cycle --file F [--as USERNAME]`: prints what was written (JSON). */
export async function importCycleCommand(
  db: Db,
  o: { file?: string; as?: string },
  clock: Clock = systemClock,
  io: Io = processIo,
): Promise<number> {
  if (!o.file) {
    io.err(IMPORT_USAGE);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(o.file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    io.err(`Cannot read ${o.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const broken = validateCycleJson(text, 'vi');
    return report(
      new AppError('interchange_invalid', { count: 1, issues: broken.ok ? [] : broken.errors }),
      io,
    );
  }
  const ctx = o.as ? await contextAs(db, o.as, clock) : systemContext(db, clock);
  if (!ctx) {
    io.err(`No active user "${o.as}".\n`);
    return 1;
  }
  try {
    const result = await importCycle(ctx, value);
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    return report(error, io);
  }
}
