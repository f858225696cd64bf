import { randomUUID } from 'node:crypto';
import type { CycleDocument, InterchangeTask } from '../../contracts/interchange/cycle-format.ts';
import type { Tx } from '../db/client.ts';
import { cycles, policyVersions } from '../db/schema/index.ts';
import { parseHundredths } from '../domain/scoring/exact.ts';
import { bulkInsert, col } from './db-bulk.ts';
import type { ImportPlan } from './db-import-plan.ts';
import { writeEvaluation, writeExecution } from './db-import-records.ts';
import { toScoringPolicy } from './policy.ts';

/**
 * Writes a planned import: every table in one statement each (bulk), in the order of the
 * foreign keys. Rows get `created_at` one microsecond apart in document order, so lists
 * read "oldest first" come back in the document's order. What the format does not carry
 * is filled as the application would: approved adjustments behind every change and
 * cancellation (requested and decided on the day of approval, by the importing account),
 * the issue time of an issued assignment (its document date), the recording account of
 * check-ins and appraisals, a deduction or event without a date recorded on the import day.
 */

export interface WriteContext {
  /** The account recorded as author of check-ins, appraisals, adjustments and penalties. */
  authorId: string;
  /** The acting user for nullable "created by" columns (null for the system). */
  actorUserId: string | null;
  now: Date;
  today: string;
}

const h = (points: number) => parseHundredths(points);
const json = (value: unknown) => JSON.stringify(value);

/** A decimal as a JSON number, digits kept: "045.50" → "45.50" (JSON allows no leading zeros). */
export function decimalJson(value: string): string {
  const [, sign, int, frac] = /^(-?)(\d+)(\.\d+)?$/.exec(value) ?? ['', '', '0', ''];
  return `${sign}${int.replace(/^0+(?=\d)/, '')}${frac ?? ''}`;
}

async function writeOrganisation(tx: Tx, doc: CycleDocument, plan: ImportPlan, w: WriteContext) {
  const openedOn = [doc.cycle.startsOn, ...doc.terms.map((t) => t.startOn)].sort()[0];
  const units = plan.units.filter((u) => !u.exists);
  const at = { createdAt: { column: 'created_at', base: w.now } };
  await bulkInsert(
    tx,
    'units',
    [
      col('id', 'uuid', units, (u) => u.unit.id),
      col('kind', 'text', units, (u) => u.unit.kind),
      col('code', 'text', units, (u) => u.unit.code),
      col('name', 'text', units, (u) => u.unit.name),
      col('parent_id', 'uuid', units, (u) => u.unit.parentId),
      col('path', 'text', units, (u) => u.path),
      col('depth', 'integer', units, (u) => u.depth),
      col('opened_on', 'date', units, () => openedOn),
    ],
    at,
  );
  await bulkInsert(tx, 'unit_events', [
    col('unit_id', 'uuid', units, (u) => u.unit.id),
    col('kind', 'text', units, () => 'created'),
    col('effective_on', 'date', units, () => openedOn),
    col('details', 'jsonb', units, (u) => json({ name: u.unit.name, source: 'import' })),
  ]);
  await bulkInsert(
    tx,
    'people',
    [
      col('id', 'uuid', plan.newPeople, (p) => p.id),
      col('full_name', 'text', plan.newPeople, (p) => p.fullName),
    ],
    at,
  );
  await bulkInsert(
    tx,
    'posts',
    [
      col('id', 'uuid', plan.newPosts, (p) => p.id),
      col('unit_id', 'uuid', plan.newPosts, (p) => p.unitId),
      col('title', 'text', plan.newPosts, (p) => p.title),
      col('is_head', 'boolean', plan.newPosts, (p) => p.isHead),
    ],
    at,
  );
  await bulkInsert(
    tx,
    'post_terms',
    [
      col('id', 'uuid', plan.newTerms, () => randomUUID()),
      col('post_id', 'uuid', plan.newTerms, (t) => t.postId),
      col('person_id', 'uuid', plan.newTerms, (t) => t.personId),
      col('start_on', 'date', plan.newTerms, (t) => t.startOn),
      col('end_on', 'date', plan.newTerms, (t) => t.endOn),
    ],
    at,
  );
}

type Adjustment = {
  id: string;
  assignmentId: string;
  taskId: string;
  change: unknown;
  reason: string;
  approvedOn: string;
  history?: { field: string; from: string; to: string };
};

/** One approved adjustment per change and per cancellation, oldest approval first. */
function adjustmentsOf(doc: CycleDocument) {
  const list: Adjustment[] = [];
  const cancellationOf = new Map<string, string>();
  const text = (field: string, value: string | number) =>
    field === 'weight'
      ? String(h(value as number))
      : field === 'deadline'
        ? json(value)
        : decimalJson(String(value));
  for (const a of doc.assignments) {
    for (const t of a.tasks) {
      for (const c of t.history) {
        const to = c.field === 'weight' ? h(c.to) : c.to;
        const change =
          c.field === 'weight'
            ? { kind: 'weight', taskId: t.id, weight: to }
            : c.field === 'deadline'
              ? { kind: 'extension', taskId: t.id, deadline: c.to }
              : { kind: 'target_value', taskId: t.id, targetValue: Number(c.to) };
        list.push({
          id: randomUUID(),
          assignmentId: a.id,
          taskId: t.id,
          change,
          reason: c.reason ?? '',
          approvedOn: c.approvedOn,
          history: { field: c.field, from: text(c.field, c.from), to: text(c.field, c.to) },
        });
      }
      if (t.cancellation) {
        const id = randomUUID();
        cancellationOf.set(t.id, id);
        list.push({
          id,
          assignmentId: a.id,
          taskId: t.id,
          change: { kind: 'cancellation', taskId: t.id },
          reason: t.cancellation.reason,
          approvedOn: t.cancellation.approvedOn,
        });
      }
    }
  }
  // stable: a task's changes keep their order (validation requires them oldest first)
  list.sort((x, y) => (x.approvedOn < y.approvedOn ? -1 : x.approvedOn > y.approvedOn ? 1 : 0));
  return { list, cancellationOf };
}

async function writeAssignments(tx: Tx, doc: CycleDocument, w: WriteContext) {
  const at = { createdAt: { column: 'created_at', base: w.now } };
  const as = doc.assignments;
  await bulkInsert(
    tx,
    'assignments',
    [
      col('id', 'uuid', as, (a) => a.id),
      col('cycle_id', 'uuid', as, () => doc.cycle.id),
      col('assigning_unit_id', 'uuid', as, (a) => a.assigningUnitId),
      col('assignee_unit_id', 'uuid', as, (a) => a.assigneeUnitId),
      col('head_post_id', 'uuid', as, (a) => a.headPostId),
      col('state', 'text', as, (a) => a.state),
      col('title', 'text', as, (a) => a.title),
      col('bottleneck', 'text', as, (a) => a.bottleneck),
      col('document_number', 'text', as, (a) => a.documentNumber),
      col('document_date', 'date', as, (a) => a.documentDate),
      col('signer_name', 'text', as, (a) => a.signerName),
      col('signer_title', 'text', as, (a) => a.signerTitle),
      // issued on its document's date (Vietnam time)
      col('issued_at', 'timestamptz', as, (a) =>
        a.state !== 'draft' && a.documentDate ? `${a.documentDate}T00:00:00+07:00` : null,
      ),
    ],
    at,
  );
  const { list: adjustments, cancellationOf } = adjustmentsOf(doc);
  const ts = as.flatMap((a) => a.tasks.map((t) => ({ a, t })));
  const target = (t: InterchangeTask) => (t.kind === 'target' ? t : null);
  const deliverable = (t: InterchangeTask) => (t.kind === 'deliverable' ? t : null);
  await bulkInsert(tx, 'tasks', [
    col('id', 'uuid', ts, ({ t }) => t.id),
    col('assignment_id', 'uuid', ts, ({ a }) => a.id),
    // the application numbers tasks from 0
    col('position', 'integer', ts, ({ t }) => t.position - 1),
    col('kind', 'text', ts, ({ t }) => t.kind),
    col('title', 'text', ts, ({ t }) => t.title),
    col('weight', 'integer', ts, ({ t }) => (t.weight === null ? null : h(t.weight))),
    col('deadline', 'date', ts, ({ t }) => t.deadline),
    col('tags', 'text[]', ts, ({ t }) => t.tags),
    col('lead_unit_id', 'uuid', ts, ({ t }) => t.leadUnitId),
    col('coordinating_unit_ids', 'uuid[]', ts, ({ t }) => t.coordinatingUnitIds),
    col('metric', 'text', ts, ({ t }) => target(t)?.metric ?? null),
    col('unit_of_measure', 'text', ts, ({ t }) => target(t)?.unitOfMeasure ?? null),
    col('baseline', 'numeric', ts, ({ t }) => target(t)?.baseline ?? null),
    col('target_value', 'numeric', ts, ({ t }) => target(t)?.targetValue ?? null),
    col('direction', 'text', ts, ({ t }) => target(t)?.direction ?? null),
    col('rollup', 'text', ts, ({ t }) => target(t)?.rollup ?? null),
    col('expected_product', 'text', ts, ({ t }) => deliverable(t)?.expectedProduct ?? null),
    col('acceptance_criteria', 'text', ts, ({ t }) => deliverable(t)?.acceptanceCriteria ?? null),
    col('parent_task_id', 'uuid', ts, ({ t }) => t.parentTaskId),
    col('cancelled_on', 'date', ts, ({ t }) => t.cancellation?.approvedOn ?? null),
    col('cancellation_reason', 'text', ts, ({ t }) => t.cancellation?.reason ?? null),
    col('cancellation_adjustment_id', 'uuid', ts, ({ t }) => cancellationOf.get(t.id) ?? null),
  ]);
  const support = ts.flatMap(({ t }) => t.support.map((s, position) => ({ taskId: t.id, s, position })));
  await bulkInsert(tx, 'support_commitments', [
    col('id', 'uuid', support, () => randomUUID()),
    col('task_id', 'uuid', support, (r) => r.taskId),
    col('position', 'integer', support, (r) => r.position),
    col('kind', 'text', support, (r) => r.s.kind),
    col('description', 'text', support, (r) => r.s.description),
    col('due_on', 'date', support, (r) => r.s.dueOn),
    col('state', 'text', support, (r) => r.s.state),
    col('provider_unit_id', 'uuid', support, (r) => r.s.providerUnitId),
    col('delivered_on', 'date', support, (r) => r.s.deliveredOn),
  ]);
  await bulkInsert(
    tx,
    'adjustments',
    [
      col('id', 'uuid', adjustments, (x) => x.id),
      col('assignment_id', 'uuid', adjustments, (x) => x.assignmentId),
      col('task_id', 'uuid', adjustments, (x) => x.taskId),
      col('change', 'jsonb', adjustments, (x) => json(x.change)),
      col('applied_rebalance', 'jsonb', adjustments, () => '[]'),
      col('reason', 'text', adjustments, (x) => x.reason),
      col('state', 'text', adjustments, () => 'approved'),
      col('requested_by', 'uuid', adjustments, () => w.authorId),
      col('requested_on', 'date', adjustments, (x) => x.approvedOn),
      col('decided_by', 'uuid', adjustments, () => w.authorId),
      col('decided_on', 'date', adjustments, (x) => x.approvedOn),
    ],
    at,
  );
  // in adjustment order, so that `seq` keeps each task's changes in the document's order
  const changes = adjustments.filter((x) => x.history);
  await bulkInsert(tx, 'task_changes', [
    col('id', 'uuid', changes, () => randomUUID()),
    col('task_id', 'uuid', changes, (x) => x.taskId),
    col('adjustment_id', 'uuid', changes, (x) => x.id),
    col('field', 'text', changes, (x) => x.history!.field),
    col('from_value', 'jsonb', changes, (x) => x.history!.from),
    col('to_value', 'jsonb', changes, (x) => x.history!.to),
    col('approved_on', 'date', changes, (x) => x.approvedOn),
  ]);
  return { tasks: ts.length, adjustments: adjustments.length };
}

/** Writes everything the plan says, in one transaction the caller holds. */
export async function writeImport(tx: Tx, doc: CycleDocument, plan: ImportPlan, w: WriteContext) {
  await writeOrganisation(tx, doc, plan, w);
  await tx.insert(cycles).values({
    id: doc.cycle.id,
    ownerUnitId: doc.cycle.ownerUnitId,
    name: doc.cycle.name,
    kind: doc.cycle.kind,
    startsOn: doc.cycle.startsOn,
    endsOn: doc.cycle.endsOn,
    createdAt: w.now,
  });
  await tx.insert(policyVersions).values({
    cycleId: doc.cycle.id,
    version: doc.policy.version,
    preset: doc.policy.preset,
    params: toScoringPolicy(doc.policy),
    createdBy: w.actorUserId,
    createdAt: w.now,
  });
  const assignmentCounts = await writeAssignments(tx, doc, w);
  const execution = await writeExecution(tx, doc, plan, w);
  const evaluation = await writeEvaluation(tx, doc, plan, w);
  return { ...assignmentCounts, ...execution, ...evaluation };
}
