import type { SelfAssessmentDto } from '../../../contracts/self-assessment.ts';
import { toPoints } from '../scoring/score-input.ts';
import { type SelfAssessmentRow, selfAssessmentAbilities } from './access.ts';
import type { CriterionEntry, TaskEntry } from './entries.ts';
import type { AssignmentContext, PrefilledReport } from './report.ts';

const points = (h: number | null | undefined) => (h === null || h === undefined ? null : toPoints(h));

/** The report as the API shows it: the pre-filled data (or the submitted snapshot) with the head's entries. */
export function selfAssessmentView(
  c: AssignmentContext,
  row: SelfAssessmentRow | undefined,
  report: PrefilledReport,
): SelfAssessmentDto {
  const taskEntries = (row?.taskEntries ?? []) as TaskEntry[];
  const criterionEntries = (row?.criterionEntries ?? []) as CriterionEntry[];
  const tasks = report.tasks.map((t) => {
    const entry = taskEntries.find((e) => e.taskId === t.taskId);
    return {
      ...t,
      weight: toPoints(t.weight),
      proposal: toPoints(t.proposal),
      result: { ...t.result, completionPercent: toPoints(t.result.completionPercent) },
      explanation: entry?.explanation ?? null,
      selfScore: points(entry?.selfScore),
    };
  });
  const criteria = report.criteria.map((g) => ({
    key: g.key,
    label: g.label,
    max: toPoints(g.max),
    selfScore: points(criterionEntries.find((e) => e.key === g.key)?.selfScore),
  }));
  const live = report.tasks.filter((t) => !t.cancelled);
  const sum = (xs: (number | null)[]) => toPoints(xs.reduce<number>((s, x) => s + (x ?? 0), 0));
  return {
    assignmentId: c.assignment.id,
    state: row ? (row.state as 'draft' | 'submitted') : 'none',
    version: row?.version ?? 0,
    asOf: report.asOf,
    head: report.head,
    unit: report.unit,
    cycle: report.cycle,
    tasks,
    criteria,
    totals: {
      tasks: live.length,
      done: live.filter((t) => t.done).length,
      early: live.filter((t) => t.early).length,
      late: live.filter((t) => t.late).length,
      exceeded: live.filter((t) => t.exceeded).length,
      notDone: live.filter((t) => !t.done).length,
      cancelled: report.tasks.length - live.length,
      selfScoreTasks: sum(taskEntries.map((e) => e.selfScore)),
      selfScoreCriteria: sum(criterionEntries.map((e) => e.selfScore)),
    },
    summary: row?.summary ?? null,
    obstacles: row?.obstacles ?? null,
    directionRequests: row?.directionRequests ?? null,
    proposals: row?.proposals ?? null,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    abilities: selfAssessmentAbilities(c, row, report.asOf),
  };
}
