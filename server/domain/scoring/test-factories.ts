import type { CouncilMember, MemberScoreSheet } from './aggregate.ts';
import type { DeliverableTask, TargetTask } from './task-facts.ts';

/**
 * Small builders for scoring tests (and, later, the seed). Defaults describe a task
 * done on time in 2025; each test overrides only what it is about.
 */

/** A target task: at least 100 by 2025-12-31, weight 10 points. */
export function targetTask(patch: Partial<TargetTask> = {}): TargetTask {
  return {
    id: 't1',
    kind: 'target',
    weight: 1000,
    deadline: '2025-12-31',
    direction: 'at_least',
    target: 100,
    checkIns: [],
    appraisals: [],
    ...patch,
  };
}

/** A deliverable task due 2025-12-31, weight 10 points, with no appraisal yet. */
export function deliverableTask(patch: Partial<DeliverableTask> = {}): DeliverableTask {
  return { id: 'd1', kind: 'deliverable', weight: 1000, deadline: '2025-12-31', appraisals: [], ...patch };
}

/** A deliverable accepted in appraisal, its product submitted on `submittedOn`. */
export function acceptedDeliverable(
  id: string,
  weight: number,
  submittedOn: string,
  opts: { exceeded?: boolean; deadline?: string; extendedDeadline?: string } = {},
): DeliverableTask {
  return deliverableTask({
    id,
    weight,
    deadline: opts.deadline ?? '2025-12-31',
    extendedDeadline: opts.extendedDeadline,
    appraisals: [
      {
        date: submittedOn,
        fraction: 1,
        accepted: true,
        exceeded: opts.exceeded ?? false,
        productCheckIn: { id: `${id}-ci`, date: submittedOn },
      },
    ],
  });
}

/** A council member from another unit than the heads' ones. */
export const member = (personId: string, unitIds: string[] = ['council-unit']): CouncilMember => ({
  personId,
  unitIds,
});

/** A sheet giving the same score to each listed task and criterion. */
export function sheet(
  m: CouncilMember,
  tasks: Record<string, number | { score: number; bonus: number }>,
  criteria: Record<string, number> = {},
): MemberScoreSheet {
  return {
    member: m,
    tasks: Object.entries(tasks).map(([taskId, v]) =>
      typeof v === 'number' ? { taskId, score: v } : { taskId, ...v },
    ),
    criteria: Object.entries(criteria).map(([key, score]) => ({ key, score })),
  };
}

/** Full marks on the three qd366 criteria (10 + 10 + 10). */
export const FULL_GENERAL = { political_ethics: 1000, innovation_vision: 1000, self_criticism: 1000 };
