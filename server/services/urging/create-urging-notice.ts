import { and, eq, isNull } from 'drizzle-orm';
import type { CreateUrgingNoticeInput } from '../../../contracts/notifications.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Tx } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { notifications, roleGrants, urgingNotices, users } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { isValidDocumentNumber, normalizeDocumentNumber } from '../../domain/assignment/document-number.ts';
import { shortDate } from '../../jobs/notification-text.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';

/** States in which the assigning body urges: the head has committed and is executing. */
export const URGEABLE_STATES = ['committed', 'in_progress'];

/** Active users holding the head role on `unitId` (exact grant). */
async function headUsers(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: roleGrants.userId })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(
      and(
        eq(roleGrants.unitId, unitId),
        eq(roleGrants.role, 'head'),
        isNull(roleGrants.revokedAt),
        eq(users.isActive, true),
      ),
    );
  return [...new Set(rows.map((r) => r.userId))];
}

/**
 * The assigning body urges the head (văn bản đôn đốc, SPEC §1 item 4) on chosen tasks
 * of a committed or in-progress assignment: the notice, its audit event and the head's
 * notification in one transaction. Only an assigner of the assigning unit may.
 */
export async function createUrgingNotice(
  ctx: ServiceContext,
  assignmentId: string,
  input: CreateUrgingNoticeInput,
) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
    denyUnless(c.roles.isAssigner, ctx.actor, c.assigneeUnit, 'assignment');
    if (!URGEABLE_STATES.includes(c.state))
      throw new AppError('urging_not_allowed_in_state', { state: c.state });

    const documentNumber = normalizeDocumentNumber(input.documentNumber);
    if (!isValidDocumentNumber(documentNumber))
      throw new AppError('urging_invalid_document_number', { value: input.documentNumber }, [
        { field: 'documentNumber', code: 'invalid_document_number' },
      ]);
    if (input.respondBy && input.respondBy < input.documentDate)
      throw new AppError('urging_respond_by_invalid', { documentDate: shortDate(input.documentDate) }, [
        { field: 'respondBy', code: 'before_document_date' },
      ]);

    const loaded = await loadTasks(tx, assignmentId);
    const tasks = new Map(loaded.map((t) => [t.task.id, t.task]));
    const bad = input.taskIds
      .map((id, i) => ({ id, i }))
      .filter(({ id, i }) => {
        const task = tasks.get(id);
        return !task || task.cancelledOn !== null || input.taskIds.indexOf(id) !== i;
      });
    if (bad.length > 0)
      throw new AppError(
        'urging_task_invalid',
        { count: bad.length },
        bad.map(({ i }) => ({ field: `taskIds.${i}`, code: 'not_urgeable' })),
      );
    // Listed in the assignment's order, whatever order they were picked in.
    const taskIds = loaded.map((t) => t.task.id).filter((id) => input.taskIds.includes(id));

    const [row] = await tx
      .insert(urgingNotices)
      .values({
        assignmentId,
        documentNumber,
        documentDate: input.documentDate,
        signerName: input.signerName,
        signerTitle: input.signerTitle ?? null,
        body: input.body,
        taskIds,
        respondBy: input.respondBy ?? null,
        issuedBy: ctx.actor.userId,
      })
      .returning();
    await appendAudit(tx, ctx, {
      action: 'urging_notice.create',
      entityType: 'urging_notice',
      entityId: row.id,
      after: row,
    });
    const heads = await headUsers(tx, c.assigneeUnit.id);
    if (heads.length > 0) {
      const params = {
        noticeId: row.id,
        assignmentId,
        documentNumber,
        documentDate: row.documentDate,
        respondBy: row.respondBy,
        taskCount: taskIds.length,
        assigningUnitName: c.assigningUnit.name,
      };
      await tx
        .insert(notifications)
        .values(
          heads.map((userId) => ({
            userId,
            key: `urging:${row.id}`,
            kind: 'urging',
            params,
            entityType: 'assignment',
            entityId: assignmentId,
          })),
        )
        .onConflictDoNothing({ target: [notifications.userId, notifications.key] });
    }
    return row;
  });
}
