import { desc, eq, inArray } from 'drizzle-orm';
import type { UrgingNoticeDto } from '../../../contracts/notifications.ts';
import type { Queryable } from '../../db/client.ts';
import { tasks, urgingNotices } from '../../db/schema/index.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';

type NoticeRow = typeof urgingNotices.$inferSelect;

/** Notices with the titles of the tasks they urge, as the API sends them. */
export async function presentNotices(q: Queryable, rows: NoticeRow[]): Promise<UrgingNoticeDto[]> {
  const ids = [...new Set(rows.flatMap((r) => r.taskIds))];
  const titles = new Map(
    ids.length
      ? (await q.select({ id: tasks.id, title: tasks.title }).from(tasks).where(inArray(tasks.id, ids))).map(
          (t) => [t.id, t.title],
        )
      : [],
  );
  return rows.map((r) => ({
    id: r.id,
    assignmentId: r.assignmentId,
    documentNumber: r.documentNumber,
    documentDate: r.documentDate,
    signerName: r.signerName,
    signerTitle: r.signerTitle,
    body: r.body,
    tasks: r.taskIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
    respondBy: r.respondBy,
    issuedBy: r.issuedBy,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The urging notices of an assignment, newest first; for whoever reads the assignment. */
export async function listUrgingNotices(ctx: ServiceContext, assignmentId: string) {
  await loadAssignmentContext(ctx, ctx.db, assignmentId);
  const rows = await ctx.db
    .select()
    .from(urgingNotices)
    .where(eq(urgingNotices.assignmentId, assignmentId))
    .orderBy(desc(urgingNotices.createdAt));
  return presentNotices(ctx.db, rows);
}
