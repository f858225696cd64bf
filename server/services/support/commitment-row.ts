import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { supportCommitments, tasks } from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import { assertCanReadCommitment, loadSupportScope } from './scope.ts';

/**
 * A commitment about to change: its assignment locked first (the lock every change to
 * an assignment's tasks holds), then the commitment itself; 404 outside the caller's reach.
 */
export async function lockCommitment(ctx: ServiceContext, tx: Tx, id: string) {
  const [found] = await tx
    .select({ assignmentId: tasks.assignmentId })
    .from(supportCommitments)
    .innerJoin(tasks, eq(tasks.id, supportCommitments.taskId))
    .where(eq(supportCommitments.id, id));
  if (!found) throw notFound('support_commitment');
  const scope = await loadSupportScope(ctx, tx, found.assignmentId, true);
  const [row] = await tx.select().from(supportCommitments).where(eq(supportCommitments.id, id)).for('update');
  const roles = assertCanReadCommitment(scope, row!);
  return { scope, row: row!, roles };
}
