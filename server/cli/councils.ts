import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { saveSheetBody } from '../../contracts/councils.ts';
import { errorMessage } from '../../contracts/errors.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { councilMembers, scoreSheets } from '../db/schema/index.ts';
import { AppError } from '../domain/app-error.ts';
import { type ServiceContext, systemContext } from '../services/context.ts';
import { councilProgress } from '../services/councils/council-progress.ts';
import { saveSheet } from '../services/scoring/save-sheet.ts';

type Io = { out: (line: string) => void; err: (line: string) => void };
const console_: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** A service context acting as the named user (the audit trail records who). */
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

function report(error: unknown, io: Io): number {
  if (!(error instanceof AppError)) throw error;
  io.err(errorMessage(error.code, 'vi', error.params));
  for (const f of error.fields) io.err(`  ${f.field}: ${f.code}`);
  return 2;
}

const SCORE_USAGE = 'Usage: mandate score --as USERNAME --council ID --assignment ID --file sheet.json';

/**
 * `mandate score`: saves a council member's sheet for one head from a JSON file
 * ({tasks: [{taskId, score, bonus?}], criteria: [{key, score}], comment?, finished?,
 * version?}); without `version`, the stored sheet's current version is used.
 */
export async function scoreCommand(
  db: Db,
  o: { as?: string; council?: string; assignment?: string; file?: string },
  clock: Clock = systemClock,
  io: Io = console_,
): Promise<number> {
  if (!o.as || !o.council || !o.assignment || !o.file) {
    io.err(SCORE_USAGE);
    return 1;
  }
  const ctx = await contextAs(db, o.as, clock);
  if (!ctx) {
    io.err(`No active user "${o.as}".`);
    return 1;
  }
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(o.file, 'utf8'));
  } catch (error) {
    io.err(`Cannot read ${o.file}: ${(error as Error).message}`);
    return 1;
  }
  if (raw && typeof raw === 'object' && raw.version === undefined) {
    const [sheet] = await db
      .select({ version: scoreSheets.version })
      .from(scoreSheets)
      .innerJoin(councilMembers, eq(councilMembers.id, scoreSheets.memberId))
      .where(
        and(
          eq(scoreSheets.councilId, o.council),
          eq(scoreSheets.assignmentId, o.assignment),
          eq(councilMembers.userId, ctx.actor.userId),
        ),
      );
    raw = { ...raw, version: sheet?.version ?? 0 };
  }
  const parsed = saveSheetBody.safeParse(raw);
  if (!parsed.success) {
    io.err(errorMessage('validation_failed', 'vi'));
    for (const issue of parsed.error.issues) io.err(`  ${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  try {
    const row = await saveSheet(ctx, o.council, o.assignment, parsed.data);
    io.out(`Saved sheet ${row.id} (version ${row.version}${row.finishedAt ? ', finished' : ''}).`);
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

/** `mandate council-progress`: who has finished scoring whom (as the system, or --as a chair/assigner). */
export async function councilProgressCommand(
  db: Db,
  o: { council?: string; as?: string },
  clock: Clock = systemClock,
  io: Io = console_,
): Promise<number> {
  if (!o.council) {
    io.err('Usage: mandate council-progress --council ID [--as USERNAME]');
    return 1;
  }
  const ctx = o.as ? await contextAs(db, o.as, clock) : systemContext(db, clock);
  if (!ctx) {
    io.err(`No active user "${o.as}".`);
    return 1;
  }
  try {
    const p = await councilProgress(ctx, o.council);
    io.out(`${p.council.name} (${p.council.opensOn} – ${p.council.closesOn}, ${p.council.windowState})`);
    for (const m of p.members) {
      const heads = m.heads
        .map((h) => (h.recused ? 'recused' : h.finished ? 'finished' : `${h.itemsScored}/${h.itemsTotal}`))
        .join(', ');
      const role = m.role === 'chair' ? ' (chair)' : '';
      io.out(`  ${m.fullName}${role}: ${m.finishedCount}/${m.expectedCount} finished [${heads}]`);
    }
    return 0;
  } catch (error) {
    return report(error, io);
  }
}
