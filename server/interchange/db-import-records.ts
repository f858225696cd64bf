import { randomUUID } from 'node:crypto';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import type { Tx } from '../db/client.ts';
import { parseHundredths } from '../domain/scoring/exact.ts';
import { bulkInsert, col } from './db-bulk.ts';
import { appraisalItemId } from './db-ids.ts';
import type { ImportPlan } from './db-import-plan.ts';
import type { WriteContext } from './db-import-write.ts';

/**
 * The records of an imported cycle: evidence files' entries, check-ins with their
 * evidence, appraisals and their lines (ids that sort in document order), councils with
 * their members (each linked to the person's own account, if any), score sheets (in
 * hundredths, finished), deductions and disqualifying events.
 */

const h = (points: number) => parseHundredths(points);
const json = (value: unknown) => JSON.stringify(value);

export async function writeExecution(tx: Tx, doc: CycleDocument, plan: ImportPlan, w: WriteContext) {
  const at = { createdAt: { column: 'created_at', base: w.now } };
  const assignmentOf = new Map(doc.assignments.flatMap((a) => a.tasks.map((t) => [t.id, a.id])));
  await bulkInsert(
    tx,
    'blobs',
    [
      col('sha256', 'text', plan.newFiles, (f) => f.sha256),
      col('size_bytes', 'bigint', plan.newFiles, (f) => f.sizeBytes),
      col('media_type', 'text', plan.newFiles, (f) => f.mediaType),
    ],
    { onConflictDoNothing: true },
  );
  const cs = doc.checkIns;
  await bulkInsert(
    tx,
    'check_ins',
    [
      col('id', 'uuid', cs, (c) => c.id),
      col('task_id', 'uuid', cs, (c) => c.taskId),
      col('assignment_id', 'uuid', cs, (c) => assignmentOf.get(c.taskId)),
      col('reported_on', 'date', cs, (c) => c.reportedOn),
      col('value', 'numeric', cs, (c) => c.value),
      col('percent', 'integer', cs, (c) => c.percent),
      col('narrative', 'text', cs, (c) => c.narrative),
      col('submits_product', 'boolean', cs, (c) => c.submitsProduct),
      col('corrects_id', 'uuid', cs, (c) => c.correctsId),
      col('correction_reason', 'text', cs, (c) => c.correctionReason),
      col('created_by', 'uuid', cs, () => w.authorId),
    ],
    at,
  );
  const ev = cs.flatMap((c) => c.evidence.map((e, position) => ({ checkInId: c.id, e, position })));
  const field = <K extends string>(e: (typeof ev)[number]['e'], key: K) =>
    key in e ? ((e as Record<string, unknown>)[key] ?? null) : null;
  await bulkInsert(tx, 'evidence', [
    col('id', 'uuid', ev, () => randomUUID()),
    col('check_in_id', 'uuid', ev, (r) => r.checkInId),
    col('position', 'integer', ev, (r) => r.position),
    col('kind', 'text', ev, (r) => r.e.kind),
    col('sha256', 'text', ev, (r) => field(r.e, 'sha256')),
    col('file_name', 'text', ev, (r) => field(r.e, 'fileName')),
    col('media_type', 'text', ev, (r) => field(r.e, 'mediaType')),
    col('size_bytes', 'bigint', ev, (r) => field(r.e, 'sizeBytes')),
    col('url', 'text', ev, (r) => field(r.e, 'url')),
    col('document_number', 'text', ev, (r) => field(r.e, 'documentNumber')),
    col('document_date', 'date', ev, (r) => field(r.e, 'documentDate')),
    col('title', 'text', ev, (r) => field(r.e, 'title')),
  ]);
  const ap = doc.appraisals;
  await bulkInsert(
    tx,
    'appraisals',
    [
      col('id', 'uuid', ap, (a) => a.id),
      col('assignment_id', 'uuid', ap, (a) => a.assignmentId),
      col('kind', 'text', ap, (a) => a.kind),
      col('quarter', 'integer', ap, (a) => a.quarter),
      col('appraised_on', 'date', ap, (a) => a.appraisedOn),
      col('appraiser_unit_id', 'uuid', ap, (a) => a.appraiserUnitId),
      col('findings', 'text', ap, (a) => a.findings),
      col('recommendations', 'text', ap, (a) => a.recommendations),
      col('created_by', 'uuid', ap, () => w.authorId),
    ],
    at,
  );
  const lines = ap.flatMap((a) => a.items.map((item, k) => ({ a, item, k })));
  await bulkInsert(tx, 'appraisal_items', [
    col('id', 'uuid', lines, (l) => appraisalItemId(l.a.id, l.k, l.item.taskId)),
    col('appraisal_id', 'uuid', lines, (l) => l.a.id),
    col('task_id', 'uuid', lines, (l) => l.item.taskId),
    col('verified_value', 'numeric', lines, (l) => l.item.verifiedValue),
    col('verified_fraction', 'numeric', lines, (l) => l.item.verifiedFraction),
    col('progress', 'text', lines, (l) => l.item.progress),
    col('product_decision', 'text', lines, (l) => l.item.productDecision),
    col('accepted_check_in_id', 'uuid', lines, (l) => l.item.acceptedCheckInId),
    col('exceeded', 'boolean', lines, (l) => l.item.exceeded),
    col('findings', 'text', lines, (l) => l.item.findings),
  ]);
  return { evidence: ev.length, appraisalItems: lines.length };
}

export async function writeEvaluation(tx: Tx, doc: CycleDocument, plan: ImportPlan, w: WriteContext) {
  const at = { createdAt: { column: 'created_at', base: w.now } };
  const cs = doc.councils;
  await bulkInsert(
    tx,
    'councils',
    [
      col('id', 'uuid', cs, (c) => c.id),
      col('cycle_id', 'uuid', cs, () => doc.cycle.id),
      col('assigning_unit_id', 'uuid', cs, (c) => c.assigningUnitId),
      col('name', 'text', cs, (c) => c.name),
      col('opens_on', 'date', cs, (c) => c.scoringOpensOn),
      col('closes_on', 'date', cs, (c) => c.scoringClosesOn),
      col('created_by', 'uuid', cs, () => w.actorUserId),
    ],
    at,
  );
  const memberId = new Map<string, string>();
  const members = cs.flatMap((c) =>
    c.members.map((m, i) => {
      const id = randomUUID();
      memberId.set(`${c.id}|${m.personId}`, id);
      return { id, councilId: c.id, m, position: i + 1 };
    }),
  );
  await bulkInsert(tx, 'council_members', [
    col('id', 'uuid', members, (r) => r.id),
    col('council_id', 'uuid', members, (r) => r.councilId),
    col('person_id', 'uuid', members, (r) => r.m.personId),
    col('user_id', 'uuid', members, (r) => plan.accounts.get(r.m.personId) ?? null),
    col('role', 'text', members, (r) => r.m.role),
    col('position', 'integer', members, (r) => r.position),
  ]);
  const ss = doc.scores;
  await bulkInsert(tx, 'score_sheets', [
    col('id', 'uuid', ss, () => randomUUID()),
    col('council_id', 'uuid', ss, (s) => s.councilId),
    col('member_id', 'uuid', ss, (s) => memberId.get(`${s.councilId}|${s.memberPersonId}`)),
    col('assignment_id', 'uuid', ss, (s) => s.assignmentId),
    col('task_scores', 'jsonb', ss, (s) =>
      json(s.tasks.map((t) => ({ taskId: t.taskId, score: h(t.score), bonus: h(t.bonus) }))),
    ),
    col('criterion_scores', 'jsonb', ss, (s) =>
      json(s.criteria.map((c) => ({ key: c.key, score: h(c.score) }))),
    ),
    col('comment', 'text', ss, (s) => s.comment),
    // a sheet in the file is a finished one
    col('finished_at', 'timestamptz', ss, () => w.now.toISOString()),
  ]);
  const ds = doc.deductions;
  await bulkInsert(
    tx,
    'deductions',
    [
      col('id', 'uuid', ds, (d) => d.id),
      col('assignment_id', 'uuid', ds, (d) => d.assignmentId),
      col('points', 'integer', ds, (d) => h(d.points)),
      col('reason', 'text', ds, (d) => d.reason),
      col('recorded_on', 'date', ds, (d) => d.decidedOn ?? w.today),
      col('recorded_by', 'uuid', ds, () => w.authorId),
    ],
    at,
  );
  const es = doc.disqualifyingEvents;
  await bulkInsert(
    tx,
    'disqualifying_events',
    [
      col('id', 'uuid', es, (e) => e.id),
      col('assignment_id', 'uuid', es, (e) => e.assignmentId),
      col('kind', 'text', es, (e) => e.kind),
      col('note', 'text', es, (e) => e.note ?? ''),
      col('recorded_on', 'date', es, (e) => e.occurredOn ?? w.today),
      col('recorded_by', 'uuid', es, () => w.authorId),
    ],
    at,
  );
  return { councilMembers: members.length };
}
