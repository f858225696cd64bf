import { eq, sql } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { assignments, selfAssessments } from '../../db/schema/index.ts';
import { formatShortDate } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import { transition } from '../../domain/assignment/lifecycle.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { findSelfAssessment, SELF_ASSESSMENT_OPEN_STATES, submissionOpensOn } from './access.ts';
import {
  asInput,
  type CriterionEntry,
  checkEntries,
  missingSelfScores,
  selfScoredItems,
  type TaskEntry,
} from './entries.ts';
import { prefilledReport } from './report.ts';
import { submittedOn } from './save-self-assessment.ts';

/**
 * The head submits the report (never a delegate, SPEC §5): every task that is not
 * cancelled and every criterion needs a self-score within today's weights; the pre-filled
 * data is frozen as the snapshot, the report is locked and the assignment moves to
 * self_assessed (through in_progress when no check-in had started it).
 */
export async function submitSelfAssessment(
  ctx: ServiceContext,
  assignmentId: string,
  input: { version: number },
) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, assignmentId, true);
    if (!c.roles.isHead) {
      if (c.roles.isDelegate) throw new AppError('self_assessment_head_only');
      throw new AppError('forbidden');
    }
    const current = await findSelfAssessment(tx, assignmentId, true);
    if (current?.state === 'submitted')
      throw new AppError('self_assessment_already_submitted', {
        submittedOn: submittedOn(current.submittedAt),
      });
    if (!SELF_ASSESSMENT_OPEN_STATES.includes(c.state))
      throw new AppError('self_assessment_not_open', { state: c.state });
    if (!current) throw new AppError('self_assessment_missing');
    assertVersion(current, input.version);
    const today = vietnamDate(ctx.clock());
    const from = submissionOpensOn(c.cycle.endsOn);
    if (today < from) throw new AppError('self_assessment_too_early', { from: formatShortDate(from) });

    // Weights may have changed by adjustment since the draft was saved: check the scores again.
    const items = selfScoredItems(await loadTasks(tx, assignmentId), c.assignment.headPostId, today);
    const entries = checkEntries(
      asInput(current.taskEntries as TaskEntry[], current.criterionEntries as CriterionEntry[]),
      items,
      c.policy,
      ctx.locale,
    );
    const missing = missingSelfScores(entries.taskEntries, entries.criterionEntries, items, c.policy);
    if (missing.length) throw new AppError('self_assessment_incomplete', { count: missing.length }, missing);

    const started =
      c.state === 'committed' ? transition({ state: c.state }, { type: 'start' }, c.roles) : c.state;
    const state = transition({ state: started }, { type: 'self_assess' }, c.roles);
    const snapshot = await prefilledReport(tx, c, today);
    const [row] = await tx
      .update(selfAssessments)
      .set({
        state: 'submitted',
        snapshot,
        submittedAt: ctx.clock(),
        submittedBy: ctx.actor.userId,
        version: sql`${selfAssessments.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(selfAssessments.id, current.id))
      .returning();
    const [assignment] = await tx
      .update(assignments)
      .set({ state, version: sql`${assignments.version} + 1`, updatedAt: ctx.clock() })
      .where(eq(assignments.id, assignmentId))
      .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'self_assessment.submit',
      entityType: 'self_assessment',
      entityId: row.id,
      before: current,
      after: row,
    });
    await appendAudit(tx, c.auditCtx, {
      action: 'assignment.self_assess',
      entityType: 'assignment',
      entityId: assignmentId,
      before: c.assignment,
      after: assignment,
    });
    return row;
  });
}
