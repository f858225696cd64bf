import type { AssignmentDto, AssignmentSummaryDto, TaskDto } from '../../../contracts/assignments.ts';
import type { Locale } from '../../../contracts/errors.ts';
import { describeProblem } from '../../../contracts/problem-messages.ts';
import { issuedValue } from '../../db/repositories/assignments.ts';
import type { AssignmentState } from '../../domain/assignment/lifecycle.ts';
import { assignmentAbilities } from '../../domain/assignment-access.ts';
import type { getAssignment } from '../../services/assignments/get-assignment.ts';
import type { listAssignments } from '../../services/assignments/list-assignments.ts';

const points = (h: number | null) => (h === null ? null : h / 100);
const num = (v: string | null) => (v === null ? null : Number(v));

/** A row of the assigner's list. */
export function presentAssignmentSummary(
  r: Awaited<ReturnType<typeof listAssignments>>[number],
): AssignmentSummaryDto {
  const a = r.assignment;
  return {
    id: a.id,
    cycleId: a.cycleId,
    state: a.state as AssignmentState,
    assigningUnit: { id: a.assigningUnitId, name: r.assigningName },
    assigneeUnit: { id: a.assigneeUnitId, name: r.assigneeName, code: r.assigneeCode },
    headPostTitle: r.postTitle,
    headName: r.headName,
    documentNumber: a.documentNumber,
    documentDate: a.documentDate,
    taskCount: r.taskCount,
    weightTotal: r.weightTotal / 100,
    version: a.version,
    abilities: assignmentAbilities(r.roles, a.state as AssignmentState),
  };
}

type Detail = Awaited<ReturnType<typeof getAssignment>>;

function presentTask(d: Detail, t: Detail['tasks'][number]): TaskDto {
  const original = (field: 'weight' | 'deadline' | 'targetValue', current: unknown) =>
    issuedValue(t, field, current);
  const unit = (id: string | null) => (id ? (d.units.get(id) ?? null) : null);
  const parent = t.task.parentTaskId ? d.parents.get(t.task.parentTaskId) : undefined;
  return {
    id: t.task.id,
    position: t.task.position,
    kind: t.task.kind as TaskDto['kind'],
    title: t.task.title,
    weight: points(t.task.weight),
    originalWeight: points(original('weight', t.task.weight) as number | null),
    deadline: t.task.deadline,
    originalDeadline: original('deadline', t.task.deadline) as string | null,
    tags: t.task.tags as TaskDto['tags'],
    leadUnit: unit(t.task.leadUnitId),
    coordinatingUnits: t.task.coordinatingUnitIds.map(unit).filter((u) => u !== null),
    metric: t.task.metric,
    unitOfMeasure: t.task.unitOfMeasure,
    baseline: num(t.task.baseline),
    targetValue: num(t.task.targetValue),
    originalTargetValue: (original('targetValue', num(t.task.targetValue)) as number | null) ?? null,
    direction: t.task.direction as TaskDto['direction'],
    rollup: t.task.rollup as TaskDto['rollup'],
    expectedProduct: t.task.expectedProduct,
    acceptanceCriteria: t.task.acceptanceCriteria,
    supportCommitments: t.support.map((s) => ({
      id: s.id,
      kind: s.kind as TaskDto['supportCommitments'][number]['kind'],
      description: s.description,
      dueOn: s.dueOn,
      state: s.state,
    })),
    parentTask: parent ? { id: parent.id, title: parent.title, assignmentId: parent.assignmentId } : null,
    children: d.children
      .filter((c) => c.parentTaskId === t.task.id)
      .map((c) => ({
        id: c.id,
        assignmentId: c.assignmentId,
        unitName: c.unitName,
        targetValue: num(c.targetValue),
        state: c.state,
      })),
    split: d.splits.has(t.task.id)
      ? {
          method: d.splits.get(t.task.id)!.method,
          childTargetsRolledUp: d.splits.get(t.task.id)!.rolledUp,
          problems: d.splits.get(t.task.id)!.problems,
        }
      : null,
    cancelled: t.task.cancelledOn
      ? { on: t.task.cancelledOn, reason: t.task.cancellationReason ?? '' }
      : null,
    history: t.changes.map((c) => ({
      field: c.field,
      from: c.field === 'weight' ? points(c.fromValue as number) : c.fromValue,
      to: c.field === 'weight' ? points(c.toValue as number) : c.toValue,
      approvedOn: c.approvedOn,
      adjustmentId: c.adjustmentId,
    })),
    version: t.task.version,
  };
}

/** An assignment's page, with the caller's abilities and (for drafts) every issuing problem, localized. */
export function presentAssignment(d: Detail, locale: Locale): AssignmentDto {
  const a = d.assignment;
  const active = d.tasks.filter((t) => !t.task.cancelledOn);
  return {
    id: a.id,
    cycleId: a.cycleId,
    cycleName: d.cycle.name,
    cycleStartsOn: d.cycle.startsOn,
    cycleEndsOn: d.cycle.endsOn,
    state: d.state,
    assigningUnit: { id: d.assigningUnit.id, name: d.assigningUnit.name },
    assigneeUnit: { id: d.assigneeUnit.id, name: d.assigneeUnit.name, code: d.assigneeUnit.code },
    headPostTitle: d.headPost?.title ?? '',
    headName: d.head?.fullName ?? null,
    head: d.head,
    documentNumber: a.documentNumber,
    documentDate: a.documentDate,
    taskCount: active.length,
    weightTotal: active.reduce((s, t) => s + (t.task.weight ?? 0), 0) / 100,
    resultsPart: d.policy.resultsPart / 100,
    version: a.version,
    title: a.title,
    bottleneck: a.bottleneck,
    registrationNote: a.registrationNote,
    signerName: a.signerName,
    signerTitle: a.signerTitle,
    returnReason: a.returnReason,
    proposedChanges: (a.proposedChanges as AssignmentDto['proposedChanges']) ?? null,
    issuedAt: a.issuedAt?.toISOString() ?? null,
    committedAt: a.committedAt?.toISOString() ?? null,
    registered: a.registeredBy !== null,
    tasks: d.tasks.map((t) => presentTask(d, t)),
    adjustments: d.adjustments.map((x) => {
      const change = x.change as Record<string, unknown>;
      return {
        id: x.id,
        taskId: x.taskId,
        change: change.kind === 'weight' ? { ...change, weight: points(change.weight as number) } : change,
        reason: x.reason,
        state: x.state as 'pending' | 'approved' | 'rejected',
        requestedOn: x.requestedOn,
        decidedOn: x.decidedOn,
        decisionNote: x.decisionNote,
        proposedRebalance: ((x.proposedRebalance as { taskId: string; weight: number }[] | null) ?? []).map(
          (r) => ({ ...r, weight: r.weight / 100 }),
        ),
        version: x.version,
      };
    }),
    problems: d.problems.map((p) => ({ ...p, message: describeProblem(p, locale) })),
    abilities: assignmentAbilities(d.roles, d.state),
  };
}
