import { eq, sql } from 'drizzle-orm';
import type { SaveSelfAssessmentInput } from '../../../contracts/self-assessment.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { selfAssessments } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { denyUnless } from '../guards.ts';
import { findSelfAssessment, SELF_ASSESSMENT_OPEN_STATES } from './access.ts';
import { checkEntries, selfScoredItems } from './entries.ts';

/** "dd/MM/yyyy" of the day a report was submitted. */
export const submittedOn = (at: Date | null) => (at ? formatShortDate(vietnamDate(at)) : '');

/**
 * Saves the head's draft (the head, or a delegate on the head's behalf): per-task
 * explanations and self-scores, criterion self-scores, summary, obstacles, requests for
 * direction and proposals. The whole draft is replaced; a submitted report is locked.
 */
export async function saveSelfAssessment(
  ctx: ServiceContext,
  assignmentId: string,
  input: SaveSelfAssessmentInput,
) {
  return ctx.db.transaction(async (tx) => {
    // The assignment's row lock serializes every write to its report (one report per assignment).
    const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
    denyUnless(c.roles.isHead || !!c.roles.isDelegate, ctx.actor, c.assigneeUnit, 'assignment');
    const current = await findSelfAssessment(tx, assignmentId, true);
    if (current?.state === 'submitted')
      throw new AppError('self_assessment_locked', { submittedOn: submittedOn(current.submittedAt) });
    if (!SELF_ASSESSMENT_OPEN_STATES.includes(c.state))
      throw new AppError('self_assessment_not_open', { state: c.state });
    const currentVersion = current?.version ?? 0;
    if ((input.version ?? 0) !== currentVersion) throw new AppError('version_conflict', { currentVersion });

    const today = vietnamDate(ctx.clock());
    const items = selfScoredItems(await loadTasks(tx, assignmentId), c.assignment.headPostId, today);
    const entries = checkEntries(input, items, c.policy, ctx.locale);
    const values = {
      ...entries,
      summary: input.summary ?? null,
      obstacles: input.obstacles ?? null,
      directionRequests: input.directionRequests ?? null,
      proposals: input.proposals ?? null,
      updatedAt: ctx.clock(),
    };
    const [row] = current
      ? await tx
          .update(selfAssessments)
          .set({ ...values, version: sql`${selfAssessments.version} + 1` })
          .where(eq(selfAssessments.id, current.id))
          .returning()
      : await tx
          .insert(selfAssessments)
          .values({ ...values, assignmentId })
          .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'self_assessment.save',
      entityType: 'self_assessment',
      entityId: row.id,
      before: current ?? null,
      after: row,
    });
    return row;
  });
}
