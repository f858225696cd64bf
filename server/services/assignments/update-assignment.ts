import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { assignments } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { canEditTasksDirectly } from '../../domain/assignment/lifecycle.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadAssignmentContext } from './load-context.ts';

export type UpdateAssignmentInput = {
  version: number;
  title?: string | null;
  bottleneck?: string | null;
  registrationNote?: string | null;
  documentNumber?: string | null;
  documentDate?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
};

/** Edits a draft's header: title, the head's bottleneck, and the decision's number, date and signer. */
export async function updateAssignment(ctx: ServiceContext, id: string, input: UpdateAssignmentInput) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, id, true);
    if (!c.roles.isAssigner && !c.roles.isHead && !c.roles.isDelegate) throw new AppError('forbidden');
    assertVersion(c.assignment, input.version);
    if (!canEditTasksDirectly(c.state)) throw new AppError('assignment_not_editable');
    const { version: _v, ...changes } = input;
    // Only the assigner signs: the decision's number, date and signer are theirs to set.
    if (!c.roles.isAssigner) {
      for (const key of ['documentNumber', 'documentDate', 'signerName', 'signerTitle'] as const)
        delete changes[key];
    }
    const [row] = await tx
      .update(assignments)
      .set({ ...changes, version: sql`${assignments.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(assignments.id, id))
      .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'assignment.update',
      entityType: 'assignment',
      entityId: id,
      before: c.assignment,
      after: row,
    });
    return row;
  });
}
