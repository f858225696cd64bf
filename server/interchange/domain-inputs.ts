import type {
  InterchangeAssignment,
  InterchangeCheckIn,
  InterchangeTask,
} from '../../contracts/interchange/cycle-format.ts';
import type { MemberScoreSheet } from '../domain/scoring/aggregate.ts';
import type { HeadEvaluationInput } from '../domain/scoring/evaluate.ts';
import { parseHundredths } from '../domain/scoring/exact.ts';
import type { DeliverableAppraisal, IsoDate, ScoringTask } from '../domain/scoring/task-facts.ts';
import { type DocumentIndex, memberUnitIds } from './document-index.ts';
import { cancelledOn, originalValue, valueOn } from './task-values.ts';

/**
 * From a validated document to the scoring domain's inputs. The document's lists are in
 * entry order, so records of the same day keep that order ("the later entry counts").
 */

/** Check-ins in force: those no later entry corrects, ordered by date, then entry order. */
export function checkInsInForce(index: DocumentIndex, taskId: string): InterchangeCheckIn[] {
  return (index.checkInsByTask.get(taskId) ?? [])
    .filter((c) => !index.correctionOf.has(c.id))
    .sort((a, b) => (a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : 0));
}

/** The entry in force for a check-in: itself, or the correction that replaced it, followed to the end. */
function checkInInForce(index: DocumentIndex, checkInId: string): InterchangeCheckIn | undefined {
  let current = index.checkIns.get(checkInId)?.checkIn;
  for (let steps = 0; current && steps < index.doc.checkIns.length; steps++) {
    const next = index.correctionOf.get(current.id);
    if (!next) return current;
    current = next;
  }
  return current;
}

/** Appraisal lines of a task with their appraisal's date, ordered by date, then entry order. */
function appraisalLines(index: DocumentIndex, taskId: string) {
  return [...(index.appraisalLinesByTask.get(taskId) ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

/** A task as the scoring rules read it on `asOf`: values, deadline and cancellation in force that day. */
export function toScoringTask(index: DocumentIndex, task: InterchangeTask, asOf: IsoDate): ScoringTask {
  const deadline = originalValue(task, 'deadline') as IsoDate;
  const inForce = valueOn(task, 'deadline', asOf) as IsoDate;
  const common = {
    id: task.id,
    weight: parseHundredths(valueOn(task, 'weight', asOf) ?? 0),
    deadline,
    extendedDeadline: inForce !== deadline ? inForce : null,
    cancelled: cancelledOn(task, asOf),
  };
  const lines = appraisalLines(index, task.id);
  if (task.kind === 'target') {
    return {
      ...common,
      kind: 'target',
      direction: task.direction ?? 'at_least',
      target: valueOn(task, 'targetValue', asOf) ?? '0',
      checkIns: checkInsInForce(index, task.id).map((c) => ({ date: c.reportedOn, value: c.value })),
      appraisals: lines.map(({ date, item }) => ({ date, verifiedValue: item.verifiedValue })),
    };
  }
  const appraisals: DeliverableAppraisal[] = [];
  for (const { date, item } of lines) {
    if (item.productDecision === 'accepted') {
      const product = item.acceptedCheckInId ? checkInInForce(index, item.acceptedCheckInId) : undefined;
      appraisals.push({
        date,
        fraction: '1',
        accepted: true,
        exceeded: item.exceeded,
        productCheckIn: product ? { id: product.id, date: product.reportedOn } : null,
      });
    } else if (item.verifiedFraction !== null) {
      appraisals.push({ date, fraction: item.verifiedFraction, accepted: false });
    } else if (item.productDecision !== null) {
      // a returned or rejected product with no share stated counts as nothing delivered
      appraisals.push({ date, fraction: '0', accepted: false });
    }
    // a line with neither a decision nor a share only reports progress: it judges nothing
  }
  return { ...common, kind: 'deliverable', appraisals };
}

/** The council sheets for one assignment, each member with the units they belong to. */
export function scoreSheets(index: DocumentIndex, assignment: InterchangeAssignment): MemberScoreSheet[] {
  return (index.scoresByAssignment.get(assignment.id) ?? []).map((s) => {
    const council = index.councils.get(s.councilId)?.council;
    const member = council?.members.find((m) => m.personId === s.memberPersonId);
    return {
      member: {
        personId: s.memberPersonId,
        unitIds: memberUnitIds(index, s.memberPersonId, member?.unitIds ?? []),
      },
      tasks: s.tasks.map((t) => ({
        taskId: t.taskId,
        score: parseHundredths(t.score),
        bonus: parseHundredths(t.bonus),
      })),
      criteria: s.criteria.map((c) => ({ key: c.key, score: parseHundredths(c.score) })),
    };
  });
}

/** Everything the domain needs to evaluate one assignment's head. */
export function headInput(
  index: DocumentIndex,
  assignment: InterchangeAssignment,
  asOf: IsoDate,
): HeadEvaluationInput {
  const { doc } = index;
  return {
    head: {
      personId: assignment.headPersonId,
      unitId: assignment.assigneeUnitId,
      parentUnitId: index.units.get(assignment.assigneeUnitId)?.parentId ?? null,
    },
    tasks: assignment.tasks.map((t) => toScoringTask(index, t, asOf)),
    sheets: scoreSheets(index, assignment),
    deductions: doc.deductions
      .filter((d) => d.assignmentId === assignment.id)
      .map((d) => ({ points: parseHundredths(d.points), reason: d.reason })),
    disqualifyingEvents: doc.disqualifyingEvents
      .filter((e) => e.assignmentId === assignment.id)
      .map((e) => ({
        kind: e.kind,
        ...(e.occurredOn ? { date: e.occurredOn } : {}),
        ...(e.note ? { note: e.note } : {}),
      })),
    asOf,
  };
}
