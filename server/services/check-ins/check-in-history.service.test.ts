import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/client.ts';
import { findAssignment } from '../../db/repositories/assignments.ts';
import { auditEvents, evidence } from '../../db/schema/index.ts';
import { samplePdf } from '../../storage/sample-files.ts';
import { checkInCount, checkInWorld, target } from './check-in-test-world.ts';
import { getEvidenceFile } from './get-evidence.ts';
import { listCheckIns } from './list-check-ins.ts';
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

describe('corrections and history', () => {
  it('keeps the history: a correction points at the entry it replaces, which stays shown but no longer counts', async () => {
    const w = await world();
    const first = await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({ reportedOn: '2022-05-31', value: 5 }),
    );
    const second = await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({ reportedOn: '2022-06-10', value: 60 }),
    );
    const fix = await recordCheckIn(
      w.delegate,
      w.storage,
      w.tasks.revenue.id,
      target({
        reportedOn: '2022-06-10',
        value: 6,
        corrects: { checkInId: second.id, reason: 'Nhập nhầm đơn vị' },
      }),
    );
    expect(fix.corrects).toEqual({ checkInId: second.id, reason: 'Nhập nhầm đơn vị' });
    const [event] = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, fix.id));
    expect(event?.action).toBe('check_in.correct');

    const history = await listCheckIns(w.at(w.p.assigner.actor), w.tasks.revenue.id);
    expect(history.items.map((i) => i.id)).toEqual([fix.id, second.id, first.id]);
    expect(history.items.map((i) => i.inForce)).toEqual([true, false, true]);
    expect(history.items[1]).toMatchObject({ correctedBy: fix.id, value: 60 });
    expect(history.abilities).toEqual({ record: false, correct: false });
    expect((await listCheckIns(w.head, w.tasks.revenue.id)).abilities).toEqual({
      record: true,
      correct: true,
    });

    // The replaced entry cannot be corrected twice; the correction itself can be.
    await expect(
      recordCheckIn(
        w.head,
        w.storage,
        w.tasks.revenue.id,
        target({ corrects: { checkInId: second.id, reason: 'Lại' } }),
      ),
    ).rejects.toMatchObject({ code: 'check_in_already_corrected' });
    await expect(
      recordCheckIn(
        w.head,
        w.storage,
        w.tasks.poverty.id,
        target({ corrects: { checkInId: first.id, reason: 'Sai' } }),
      ),
    ).rejects.toMatchObject({
      code: 'check_in_correction_other_task',
      fields: [{ field: 'corrects.checkInId' }],
    });
    await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({ value: 6.1, corrects: { checkInId: fix.id, reason: 'Số chính thức' } }),
    );
    expect(await countFor(w.tasks.revenue.id)).toBe(4);
  });

  it('lets only one of two simultaneous corrections through, and starts the assignment once', async () => {
    const w = await world();
    const both = await Promise.allSettled([
      recordCheckIn(w.head, w.storage, w.tasks.revenue.id, target({ value: 5 })),
      recordCheckIn(w.delegate, w.storage, w.tasks.poverty.id, target({ value: 1.9 })),
    ]);
    expect(both.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect((await findAssignment(database.db, w.assignment.id))?.version).toBe(w.assignment.version + 1);
    const old = (both[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    const fix = (value: number) =>
      recordCheckIn(
        w.head,
        w.storage,
        w.tasks.revenue.id,
        target({ value, corrects: { checkInId: old, reason: 'Sửa' } }),
      );
    const results = await Promise.allSettled([fix(5.1), fix(5.2)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'check_in_already_corrected' },
    });
  });

  it('answers 404 for the history of a task the caller cannot read', async () => {
    const w = await world();
    await expect(listCheckIns(w.ctx.headB, w.tasks.revenue.id)).rejects.toMatchObject({
      code: 'not_found',
      params: { entity: 'task' },
    });
  });
});

describe('evidence downloads', () => {
  it('gives the bytes to readers of the task and 404 to others and for links', async () => {
    const w = await world();
    const pdf = samplePdf('tai ve');
    const result = await recordCheckIn(
      w.head,
      w.storage,
      w.tasks.revenue.id,
      target({ links: [{ url: 'https://example.vn/x' }] }),
      [{ field: 'files.0', fileName: 'Báo cáo.pdf', bytes: pdf }],
    );
    const [file, link] = result.evidence;
    const got = await getEvidenceFile(w.ctx.assigner, w.storage, file!.id);
    expect(got).toMatchObject({ fileName: 'Báo cáo.pdf', mediaType: 'application/pdf' });
    expect(Buffer.compare(got.bytes, pdf)).toBe(0);
    await expect(getEvidenceFile(w.ctx.headB, w.storage, file!.id)).rejects.toMatchObject({
      code: 'not_found',
      params: { entity: 'evidence' },
    });
    await expect(getEvidenceFile(w.head, w.storage, link!.id)).rejects.toMatchObject({ code: 'not_found' });
    const rows = await database.db.select().from(evidence).where(eq(evidence.checkInId, result.id));
    expect(rows).toHaveLength(2);
  });
});
