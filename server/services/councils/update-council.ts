import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UpdateCouncilInput } from '../../../contracts/councils.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { findCycle } from '../../db/repositories/cycles.ts';
import { councilMembers, councils } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadCouncilAccess } from './access.ts';
import { type ResolvedMember, resolveMembers } from './members.ts';
import { checkWindowDates } from './rules.ts';

/** Replaces the member list, keeping the rows (and ids) of people who stay. */
async function replaceMembers(tx: Tx, councilId: string, next: ResolvedMember[]) {
  const current = await tx.select().from(councilMembers).where(eq(councilMembers.councilId, councilId));
  const staying = new Set(next.map((m) => m.personId));
  const gone = current.filter((m) => !staying.has(m.personId)).map((m) => m.id);
  if (gone.length) await tx.delete(councilMembers).where(inArray(councilMembers.id, gone));
  for (const m of next) {
    const row = current.find((c) => c.personId === m.personId);
    if (row) {
      await tx
        .update(councilMembers)
        .set({ userId: m.userId, role: m.role, position: m.position })
        .where(and(eq(councilMembers.id, row.id)));
    } else {
      await tx.insert(councilMembers).values({ ...m, councilId });
    }
  }
  return tx.select().from(councilMembers).where(eq(councilMembers.councilId, councilId));
}

/**
 * Edits a council: its name while it is not closed, its members and opening day only
 * before scoring opens (facts are fixed on that day), its closing day until scoring ends.
 */
export async function updateCouncil(ctx: ServiceContext, id: string, input: UpdateCouncilInput) {
  return ctx.db.transaction(async (tx) => {
    const a = await loadCouncilAccess(ctx, tx, id, 'update');
    if (!a.canManage) throw new AppError('forbidden');
    assertVersion(a.council, input.version);
    const c = a.council;
    if (a.state === 'closed') throw new AppError('council_closed');
    const opened = a.state === 'open';
    const opensLocked = { opensOn: formatShortDate(c.opensOn) };
    if (input.members && opened)
      throw new AppError('council_members_locked', opensLocked, [
        { field: 'members', code: 'council_members_locked' },
      ]);
    if (input.opensOn && input.opensOn !== c.opensOn && opened)
      throw new AppError('council_opens_on_locked', opensLocked, [
        { field: 'opensOn', code: 'council_opens_on_locked' },
      ]);
    const opensOn = input.opensOn ?? c.opensOn;
    const closesOn = input.closesOn ?? c.closesOn;
    if (input.closesOn && input.closesOn < a.today)
      throw new AppError('council_closes_on_past', { today: formatShortDate(a.today) }, [
        { field: 'closesOn', code: 'council_closes_on_past' },
      ]);
    const cycle = (await findCycle(tx, c.cycleId))!.cycle;
    checkWindowDates(opensOn, closesOn, cycle.startsOn);
    const before = {
      ...c,
      members: await tx.select().from(councilMembers).where(eq(councilMembers.councilId, id)),
    };
    const members = input.members
      ? await replaceMembers(tx, id, await resolveMembers(tx, input.members))
      : before.members;
    const [row] = await tx
      .update(councils)
      .set({ name: input.name ?? c.name, opensOn, closesOn, version: sql`${councils.version} + 1` })
      .where(eq(councils.id, id))
      .returning();
    await appendAudit(tx, ctx, {
      action: 'council.update',
      entityType: 'council',
      entityId: id,
      before,
      after: { ...row, members },
    });
    return row;
  });
}
