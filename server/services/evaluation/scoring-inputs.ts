/**
 * From the stored tasks, check-ins and appraisals of assignments to the scoring rules'
 * tasks (SPEC §4 item 3), as of the day scoring opens: values and deadlines in force on
 * that day, check-ins in force (corrections replace what they correct), appraisals with
 * their verified values, fractions and product decisions.
 */
import type { Queryable } from '../../db/client.ts';
import { type LoadedTask, loadTasks, toDomainTask } from '../../db/repositories/assignments.ts';
import { loadAppraisalLines, loadCheckIns } from '../../db/repositories/execution.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { deadlineInForce, isCancelled, originalValue, valueInForce } from '../../domain/assignment/task.ts';
import { effectiveCheckIns } from '../../domain/execution/records.ts';
import type { ScoringTask } from '../../domain/scoring/task-facts.ts';

type CheckInRows = Awaited<ReturnType<typeof loadCheckIns>>;
type LineRows = Awaited<ReturnType<typeof loadAppraisalLines>>;

/** One stored task as the scoring rules' task on `asOf`. */
export function toScoringTask(
  loaded: LoadedTask,
  headPostId: string,
  checkIns: CheckInRows,
  lines: LineRows,
  asOf: IsoDate,
): ScoringTask {
  const task = toDomainTask(loaded, headPostId);
  const original = originalValue(task, 'deadline') as IsoDate;
  const inForce = deadlineInForce(task, asOf);
  const common = {
    id: task.id,
    weight: (valueInForce(task, 'weight', asOf) as number | undefined) ?? task.weight,
    deadline: original,
    extendedDeadline: inForce !== original ? inForce : null,
    cancelled: isCancelled(task, asOf),
  };
  const own = effectiveCheckIns(checkIns.filter((c) => c.taskId === task.id));
  const ownLines = lines.filter((l) => l.taskId === task.id);
  if (task.kind === 'target') {
    return {
      ...common,
      kind: 'target',
      direction: task.direction,
      target: String(valueInForce(task, 'targetValue', asOf) ?? task.targetValue),
      checkIns: own.filter((c) => c.value !== null).map((c) => ({ date: c.reportedOn, value: c.value })),
      appraisals: ownLines
        .filter((l) => l.verifiedValue !== null)
        .map((l) => ({ date: l.appraisedOn, verifiedValue: l.verifiedValue })),
    };
  }
  // A product check-in corrected later is carried by the entry that corrected it.
  const all = checkIns.filter((c) => c.taskId === task.id);
  const correctorOf = new Map(all.filter((c) => c.correctsId).map((c) => [c.correctsId!, c]));
  const inForceDate = (id: string): string | undefined => {
    let row = all.find((c) => c.id === id);
    for (let hops = 0; row && correctorOf.has(row.id) && hops < all.length; hops++)
      row = correctorOf.get(row.id);
    return row?.reportedOn;
  };
  return {
    ...common,
    kind: 'deliverable',
    appraisals: ownLines
      .filter((l) => l.productDecision !== null || l.verifiedFraction !== null)
      .map((l) => {
        const accepted = l.productDecision === 'accepted';
        const carrier = accepted && l.acceptedCheckInId ? l.acceptedCheckInId : null;
        const carrierDate = carrier ? inForceDate(carrier) : undefined;
        return {
          date: l.appraisedOn,
          fraction: accepted ? '1' : (l.verifiedFraction ?? '0'),
          accepted,
          exceeded: accepted && l.exceeded,
          productCheckIn: carrier && carrierDate ? { id: carrier, date: carrierDate } : null,
        };
      }),
  };
}

/** The scoring tasks of one assignment on `asOf`, in task order. */
export async function scoringTasks(
  q: Queryable,
  assignment: { id: string; headPostId: string },
  asOf: IsoDate,
): Promise<ScoringTask[]> {
  const loaded = await loadTasks(q, assignment.id);
  const ids = loaded.map((t) => t.task.id);
  const checkIns = await loadCheckIns(q, ids);
  const lines = await loadAppraisalLines(q, ids);
  return loaded.map((t) => toScoringTask(t, assignment.headPostId, checkIns, lines, asOf));
}
