import { vietnamDate } from '../../clock.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ServiceContext } from '../context.ts';
import {
  assertCanRead,
  findSelfAssessment,
  loadReadableContext,
  SELF_ASSESSMENT_OPEN_STATES,
} from './access.ts';
import { type PrefilledReport, prefilledReport } from './report.ts';
import { selfAssessmentView } from './view.ts';

/**
 * The head's report, creating nothing: pre-filled from today's data with the stored
 * draft's entries, or, once submitted, exactly as it was submitted (the frozen snapshot).
 */
export async function loadSelfAssessment(ctx: ServiceContext, assignmentId: string) {
  const c = await loadReadableContext(ctx, ctx.db, assignmentId);
  await assertCanRead(ctx, ctx.db, c);
  const row = await findSelfAssessment(ctx.db, assignmentId);
  if (!row && !SELF_ASSESSMENT_OPEN_STATES.includes(c.state))
    throw new AppError('self_assessment_not_open', { state: c.state });
  const report =
    row?.state === 'submitted'
      ? (row.snapshot as PrefilledReport)
      : await prefilledReport(ctx.db, c, vietnamDate(ctx.clock()));
  return { c, row, report };
}

/** The report as the API shows it. */
export async function getSelfAssessment(ctx: ServiceContext, assignmentId: string) {
  const { c, row, report } = await loadSelfAssessment(ctx, assignmentId);
  return selfAssessmentView(c, row, report);
}
