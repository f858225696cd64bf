import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckInData } from '../../../contracts/check-ins.ts';
import { ERRORS, type ErrorCode } from '../../../contracts/errors.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { makeUser, taskDraft } from '../../../test/factories.ts';
import { clockAt } from '../../../test/fixtures/committed-assignment.ts';
import type { Database } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { sha256Hex } from '../../storage/file-storage.ts';
import { sampleDocx, sampleExe, samplePdf, samplePng } from '../../storage/sample-files.ts';
import { decideAdjustment, requestAdjustment } from '../assignments/adjustments.ts';
import { createAssignment } from '../assignments/create-assignment.ts';
import { issueAssignment } from '../assignments/lifecycle-actions.ts';
import { saveTasks } from '../assignments/save-tasks.ts';
import { checkInCount, checkInWorld, target } from './check-in-test-world.ts';
import { recordCheckIn } from './record-check-in.ts';

let database: Database;
let root: string;
beforeAll(async () => {
  database = await createTestDatabase();
  root = mkdtempSync(join(tmpdir(), 'mandate-check-ins-'));
});
afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

const world = () => checkInWorld(database.db, root);
const countFor = (taskId: string) => checkInCount(database.db, taskId);

describe('recording a check-in', () => {
  it("stores a target's value with a file, a link and a document, and puts the assignment in progress", async () => {
    const w = await world();
    const pdf = samplePdf('bien ban thu');
    const result = await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({
        links: [{ url: 'https://stc.gov.vn/bao-cao', title: 'Báo cáo thu' }],
        documents: [{ number: '12/BC-UBND', date: '2022-06-01', title: 'Báo cáo quý II' }],
      }),
      [{ field: 'files.0', fileName: 'Biên bản thu.pdf', bytes: pdf }],
    );
    expect(result).toMatchObject({
      value: 6.5,
      percent: null,
      inForce: true,
      corrects: null,
      onBehalfOf: null,
    });
    expect(result.createdBy.userId).toBe(w.p.headA.user.id);
    expect(result.evidence.map((e) => e.kind)).toEqual(['file', 'link', 'document']);
    expect(result.evidence[0]).toMatchObject({
      fileName: 'Biên bản thu.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256Hex(pdf),
    });
    expect(result.evidence[2]).toMatchObject({ documentNumber: '12/BC-UBND', documentDate: '2022-06-01' });
    expect(await w.storage.has(sha256Hex(pdf))).toBe(true);

    const assignment = await findAssignment(database.db, w.assignment.id);
    expect(assignment).toMatchObject({ state: 'in_progress', version: w.assignment.version + 1 });
    const events = await database.db
      .select({ action: auditEvents.action, entityType: auditEvents.entityType })
      .from(auditEvents)
      .where(sql`${auditEvents.entityId} in (${w.assignment.id}, ${result.id})`);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['assignment.start', 'check_in.record']),
    );

    // The second report leaves the state and version alone.
    await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({ reportedOn: '2022-06-12', value: 7 }),
    );
    expect((await findAssignment(database.db, w.assignment.id))?.version).toBe(w.assignment.version + 1);
  });

  it("records a delegate's report on a deliverable as made on the head's behalf, with the product", async () => {
    const w = await world();
    const docx = await sampleDocx('Biên bản bàn giao mặt bằng');
    const result = await recordCheckIn(
      w.delegate,
      w.storage,
      w.tasks.clearance.id,
      { reportedOn: '2022-06-14', percent: 100, submitsProduct: true, narrative: 'Đã bàn giao' },
      [{ field: 'files.0', fileName: 'bien-ban.docx', bytes: docx }],
    );
    expect(result).toMatchObject({ percent: 100, value: null, submitsProduct: true });
    expect(result.createdBy.userId).toBe(w.users.delegateA.user.id);
    expect(result.onBehalfOf?.userId).toBe(w.p.headA.user.id);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'check_in'), eq(auditEvents.entityId, result.id)));
    expect(event).toMatchObject({
      actorUserId: w.users.delegateA.user.id,
      onBehalfOfUserId: w.p.headA.user.id,
    });
  });

  it('stores the same bytes once when two files carry them', async () => {
    const w = await world();
    const png = samplePng();
    const result = await recordCheckIn(w.head, w.storage, w.tasks.revenue.id, target(), [
      { field: 'files.0', fileName: 'anh-1.png', bytes: png },
      { field: 'files.1', fileName: 'anh-2.png', bytes: png },
    ]);
    expect(result.evidence).toHaveLength(2);
    expect(w.storage.puts).toBe(1);
    expect(w.storage.files()).toHaveLength(1);
  });
});

describe('refusing a check-in writes nothing', () => {
  // Nothing below is accepted, so the tests can share one committed assignment.
  let shared: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    shared = await world();
  });

  it.each([
    ['an executable renamed .pdf', 'hop-dong.pdf', () => sampleExe(), 'check_in_file_type_refused', 415],
    ['a PNG named .pdf', 'anh.pdf', () => samplePng(), 'check_in_file_type_mismatch', 415],
    ['an empty file', 'rong.pdf', () => Buffer.alloc(0), 'check_in_file_empty', 400],
    ['a path in the name', '../../etc/passwd.pdf', () => samplePdf(), 'check_in_file_name_invalid', 400],
    ['a control character in the name', 'a\u0001b.pdf', () => samplePdf(), 'check_in_file_name_invalid', 400],
    [
      'a file over 20 MB',
      'lon.pdf',
      () => Buffer.concat([samplePdf(), Buffer.alloc(20 * 1024 * 1024)]),
      'check_in_file_too_large',
      413,
    ],
  ])('%s', async (_, fileName, bytes, code, status) => {
    const w = shared;
    const error = await recordCheckIn(w.head, w.storage, w.tasks.revenue.id, target(), [
      { field: 'files.0', fileName, bytes: bytes() },
    ]).catch((e) => e);
    expect(error).toMatchObject({ code, fields: [{ field: 'files.0' }] });
    expect(ERRORS[code as ErrorCode].status).toBe(status);
    expect(await countFor(w.tasks.revenue.id)).toBe(0);
    expect(w.storage.puts).toBe(0);
    expect((await findAssignment(database.db, w.assignment.id))?.state).toBe('committed');
  });

  it('refuses more than 10 files', async () => {
    const w = shared;
    const files = Array.from({ length: 11 }, (_, i) => ({
      field: `files.${i}`,
      fileName: `${i}.pdf`,
      bytes: samplePdf(String(i)),
    }));
    await expect(recordCheckIn(w.head, w.storage, w.tasks.revenue.id, target(), files)).rejects.toMatchObject(
      {
        code: 'check_in_too_many_files',
      },
    );
    expect(w.storage.puts).toBe(0);
  });

  it('answers 404 to the head of another unit and 403 to readers who may not report, storing no file', async () => {
    const w = shared;
    const districtViewer = await makeUser(database.db, { role: 'viewer', unitId: w.p.district.id });
    const file = [{ field: 'files.0', fileName: 'a.pdf', bytes: samplePdf() }];
    const as = async (actor: typeof districtViewer.actor) =>
      recordCheckIn(w.at(actor), w.storage, w.tasks.revenue.id, target(), file).catch((e) => e.code);
    expect(await as(w.p.headB.actor)).toBe('not_found');
    expect(await as(w.p.viewer.actor)).toBe('not_found');
    expect(await as(districtViewer.actor)).toBe('check_in_not_reporter');
    expect(await as(w.p.assigner.actor)).toBe('check_in_not_reporter');
    expect(await as(w.users.appraiser.actor)).toBe('check_in_not_reporter');
    expect(await countFor(w.tasks.revenue.id)).toBe(0);
    expect(w.storage.puts).toBe(0);
  });

  it('refuses dates in the future, before the assignment was issued and after the cycle ends', async () => {
    const w = await world();
    const refuse = (ctx: typeof w.head, reportedOn: string) =>
      recordCheckIn(ctx, w.storage, w.tasks.revenue.id, target({ reportedOn })).catch((e) => [
        e.code,
        e.fields[0]?.field,
      ]);
    expect(await refuse(w.head, '2022-06-16')).toEqual(['check_in_date_in_future', 'reportedOn']);
    expect(await refuse(w.head, '2022-03-14')).toEqual(['check_in_date_before_issue', 'reportedOn']);
    const nextYear = w.at(w.p.headA.actor, clockAt('2023-01-20'));
    expect(await refuse(nextYear, '2023-01-05')).toEqual(['check_in_date_after_cycle', 'reportedOn']);
    // The decision date itself and the cycle's last day are inside the window.
    await recordCheckIn(w.head, w.storage, w.tasks.revenue.id, target({ reportedOn: '2022-03-15' }));
    await recordCheckIn(nextYear, w.storage, w.tasks.revenue.id, target({ reportedOn: '2022-12-31' }));
    expect(await countFor(w.tasks.revenue.id)).toBe(2);
  });

  it("checks the fields against the task's kind", async () => {
    const w = shared;
    const code = (taskId: string, data: CheckInData) =>
      recordCheckIn(w.head, w.storage, taskId, data).catch((e) => [e.code, e.fields[0]?.field]);
    const day = { reportedOn: '2022-06-10' };
    expect(await code(w.tasks.revenue.id, { ...day, narrative: 'Chưa có số liệu' })).toEqual([
      'check_in_value_required',
      'value',
    ]);
    expect(await code(w.tasks.revenue.id, { ...day, value: 1, percent: 10 })).toEqual([
      'check_in_field_not_for_kind',
      'percent',
    ]);
    expect(await code(w.tasks.revenue.id, { ...day, value: 1, submitsProduct: true })).toEqual([
      'check_in_field_not_for_kind',
      'submitsProduct',
    ]);
    expect(await code(w.tasks.clearance.id, { ...day, value: 1 })).toEqual([
      'check_in_field_not_for_kind',
      'value',
    ]);
    expect(await code(w.tasks.clearance.id, { ...day })).toEqual(['check_in_percent_required', 'percent']);
    expect(await code(w.tasks.clearance.id, { ...day, percent: 100, submitsProduct: true })).toEqual([
      'check_in_product_needs_evidence',
      'files',
    ]);
    expect(
      await code(w.tasks.revenue.id, {
        ...day,
        value: 1,
        documents: [{ number: '5/BC', date: '2022-06-11' }],
      }),
    ).toEqual(['check_in_document_after_report', 'documents.0.date']);
    expect(await countFor(w.tasks.revenue.id)).toBe(0);
  });

  it('refuses a cancelled task and an assignment that is not yet committed', async () => {
    const w = await world();
    const cancel = await requestAdjustment(w.ctx.assigner, w.assignment.id, {
      change: { kind: 'cancellation', taskId: w.tasks.vaccination.id },
      reason: 'Chương trình kết thúc',
    });
    await decideAdjustment(w.ctx.assigner, cancel.id, {
      version: cancel.version,
      decision: 'approve',
      rebalance: [
        { taskId: w.tasks.revenue.id, weight: 3000 },
        { taskId: w.tasks.poverty.id, weight: 3000 },
      ],
    });
    const file = [{ field: 'files.0', fileName: 'a.pdf', bytes: samplePdf() }];
    await expect(
      recordCheckIn(w.head, w.storage, w.tasks.vaccination.id, target(), file),
    ).rejects.toMatchObject({ code: 'check_in_task_cancelled' });

    // Commune B's assignment is issued but not committed.
    const draft = await createAssignment(w.ctx.assigner, {
      cycleId: w.cycle.id,
      assigningUnitId: w.p.district.id,
      assigneeUnitId: w.p.communeB.id,
    });
    const saved = await saveTasks(w.ctx.assigner, draft.id, {
      version: draft.version,
      tasks: [taskDraft({ leadUnitId: w.p.communeB.id, weight: 70 })],
    });
    await issueAssignment(w.ctx.assigner, draft.id, {
      version: saved.version,
      documentNumber: '13-QĐ/HU',
      documentDate: '2022-03-15',
      signerName: 'Trần Văn Ký',
    });
    const [taskB] = await database.db
      .execute<{ id: string }>(sql`select id from tasks where assignment_id = ${draft.id}`)
      .then((r) => r.rows);
    await expect(
      recordCheckIn(w.at(w.p.headB.actor), w.storage, taskB!.id, target({ value: 1.2 }), file),
    ).rejects.toMatchObject({ code: 'check_in_assignment_state', params: { state: 'issued' } });
    expect(w.storage.puts).toBe(0);
  });
});
