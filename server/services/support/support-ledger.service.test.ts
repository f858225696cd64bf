import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, supportCommitments, supportDeliveries } from '../../db/schema/index.ts';
import { assignmentSupport } from './assignment-support.ts';
import { raiseSupportRequest } from './raise-support-request.ts';
import { recordSupportDelivery } from './record-support-delivery.ts';
import { setSupportProvider } from './set-support-provider.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function world() {
  const f = await makeCommittedAssignment(database.db);
  const [commitment] = await database.db
    .select()
    .from(supportCommitments)
    .where(eq(supportCommitments.taskId, f.tasks.poverty.id));
  const on = (day: string) => ({
    assigner: contextFor(database.db, f.p.assigner.actor, clockAt(day)),
    supporter: contextFor(database.db, f.users.supporter.actor, clockAt(day)),
  });
  return { ...f, commitment: commitment!, on };
}
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 'no error' }),
    (e) => e,
  );
const history = (id: string) =>
  database.db.select().from(supportDeliveries).where(eq(supportDeliveries.commitmentId, id));
const audits = (id: string) => database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));

describe('recording support commitments', () => {
  it('records a delivery by the assigning body with its history, a new version and an audit event', async () => {
    const f = await world();
    expect(f.commitment).toMatchObject({
      state: 'due',
      providerUnitId: null,
      dueOn: '2022-05-31',
      version: 1,
    });
    const june = f.on('2022-06-10');
    const row = await recordSupportDelivery(june.assigner, f.commitment.id, {
      version: 1,
      state: 'delivered',
      deliveredOn: '2022-05-25',
      note: 'Quyết định cấp kinh phí số 45/QĐ-UBND',
    });
    expect(row).toMatchObject({ state: 'delivered', deliveredOn: '2022-05-25', version: 2 });
    expect(await history(f.commitment.id)).toEqual([
      expect.objectContaining({
        state: 'delivered',
        deliveredOn: '2022-05-25',
        note: 'Quyết định cấp kinh phí số 45/QĐ-UBND',
        recordedBy: f.p.assigner.user.id,
      }),
    ]);
    expect((await audits(f.commitment.id)).map((a) => a.action)).toEqual(['support_commitment.record']);
    const ledger = await assignmentSupport(june.assigner, f.assignment.id);
    const poverty = ledger.tasks.find((t) => t.id === f.tasks.poverty.id)!;
    expect(poverty.commitments).toEqual([
      expect.objectContaining({
        state: 'delivered',
        standing: 'delivered',
        provider: { unitId: f.p.district.id, name: 'Huyện Một', isAssigningBody: true },
        history: [expect.objectContaining({ recordedByName: f.p.assigner.user.displayName })],
        abilities: { record: true, setProvider: true },
      }),
    ]);
    expect(ledger.owedNotDelivered).toEqual([]);
  });

  it('refuses inconsistent records and stale versions, writing nothing', async () => {
    const f = await world();
    const june = f.on('2022-06-10');
    const cases: [object, string][] = [
      [{ version: 1, state: 'delivered' }, 'support_delivered_on_required'],
      [{ version: 1, state: 'delivered', deliveredOn: '2022-06-05' }, 'support_delivered_after_due'],
      [{ version: 1, state: 'delivered', deliveredOn: '2022-06-11' }, 'support_delivered_on_in_future'],
      [{ version: 1, state: 'due', deliveredOn: '2022-05-01' }, 'support_delivered_on_not_allowed'],
      [{ version: 2, state: 'late' }, 'version_conflict'],
    ];
    for (const [input, code] of cases)
      expect(
        (await failure(recordSupportDelivery(june.assigner, f.commitment.id, input as never))).code,
      ).toBe(code);
    const early = await failure(
      recordSupportDelivery(f.ctx.assigner, f.commitment.id, { version: 1, state: 'late' }),
    );
    expect(early).toMatchObject({ code: 'support_not_late', params: { dueOn: '2022-05-31' } });
    expect(await history(f.commitment.id)).toEqual([]);
    expect(await audits(f.commitment.id)).toEqual([]);
  });

  it('lets only the assigner or the named agency’s supporter record: 404 out of reach, 403 within it', async () => {
    const f = await world();
    const input = { version: 1, state: 'late' as const };
    const june = f.on('2022-06-10');
    expect((await failure(recordSupportDelivery(june.supporter, f.commitment.id, input))).code).toBe(
      'not_found',
    );
    expect((await failure(recordSupportDelivery(f.ctx.viewer, f.commitment.id, input))).code).toBe(
      'not_found',
    );
    expect((await failure(recordSupportDelivery(f.ctx.headB, f.commitment.id, input))).code).toBe(
      'not_found',
    );
    expect((await failure(recordSupportDelivery(f.ctx.head, f.commitment.id, input))).code).toBe('forbidden');
    expect((await failure(recordSupportDelivery(f.ctx.appraiser, f.commitment.id, input))).code).toBe(
      'forbidden',
    );
    expect((await failure(recordSupportDelivery(june.assigner, crypto.randomUUID(), input))).code).toBe(
      'not_found',
    );
  });
});

describe('the functional agency that owes a commitment', () => {
  it('is named by the assigner; its supporter then records the commitment and sees only what it owes', async () => {
    const f = await world();
    expect(
      (
        await failure(
          setSupportProvider(f.ctx.head, f.commitment.id, { version: 1, providerUnitId: f.p.department.id }),
        )
      ).code,
    ).toBe('forbidden');
    expect(
      (
        await failure(
          setSupportProvider(f.ctx.assigner, f.commitment.id, {
            version: 1,
            providerUnitId: crypto.randomUUID(),
          }),
        )
      ).code,
    ).toBe('support_provider_invalid');
    const named = await setSupportProvider(f.ctx.assigner, f.commitment.id, {
      version: 1,
      providerUnitId: f.p.department.id,
    });
    expect(named).toMatchObject({ providerUnitId: f.p.department.id, version: 2 });
    const june = f.on('2022-06-10');
    const late = await recordSupportDelivery(june.supporter, f.commitment.id, {
      version: 2,
      state: 'late',
      note: 'Chưa bố trí được kinh phí',
    });
    expect(late).toMatchObject({ state: 'late', deliveredOn: null, version: 3 });
    const seen = await assignmentSupport(june.supporter, f.assignment.id);
    expect(seen.tasks.map((t) => t.id)).toEqual([f.tasks.poverty.id]);
    expect(seen.tasks[0]!.commitments[0]).toMatchObject({
      provider: { unitId: f.p.department.id, name: 'Sở Thử nghiệm', isAssigningBody: false },
      standing: 'not_delivered',
      abilities: { record: true, setProvider: false },
    });
    expect(seen.owedNotDelivered).toEqual([
      expect.objectContaining({
        commitmentId: f.commitment.id,
        taskTitle: 'Giảm tỷ lệ hộ nghèo',
        providerName: 'Sở Thử nghiệm',
        reason: 'not_delivered',
        daysLate: 10,
      }),
    ]);
    expect((await audits(f.commitment.id)).map((a) => a.action).sort()).toEqual([
      'support_commitment.provider',
      'support_commitment.record',
    ]);
    const cleared = await setSupportProvider(f.ctx.assigner, f.commitment.id, {
      version: 3,
      providerUnitId: null,
    });
    expect(cleared.providerUnitId).toBeNull();
    expect((await failure(assignmentSupport(june.supporter, f.assignment.id))).code).toBe('not_found');
  });
});

describe('the support ledger at evaluation time', () => {
  it('shows support owed and not delivered on a date next to its task, with the task’s requests', async () => {
    const f = await world();
    const request = await raiseSupportRequest(f.ctx.head, {
      taskId: f.tasks.poverty.id,
      kind: 'obstacle',
      subject: 'Chưa nhận được kinh phí hỗ trợ',
      body: 'Đến nay xã chưa nhận được 500 triệu đồng đã cam kết.',
      routedTo: 'assigner',
    });
    const december = f.on('2022-12-20').assigner;
    const ledger = await assignmentSupport(december, f.assignment.id);
    expect(ledger.date).toBe('2022-12-20');
    expect(ledger.owedNotDelivered).toEqual([
      expect.objectContaining({
        taskId: f.tasks.poverty.id,
        reason: 'overdue',
        dueOn: '2022-05-31',
        daysLate: 203,
      }),
    ]);
    const poverty = ledger.tasks.find((t) => t.id === f.tasks.poverty.id)!;
    expect(poverty.requests.map((r) => [r.id, r.state, r.escalated])).toEqual([[request.id, 'open', true]]);
    expect(ledger.tasks).toHaveLength(4);
    const before = await assignmentSupport(december, f.assignment.id, '2022-05-31');
    expect(before.owedNotDelivered).toEqual([]);
    expect(before.tasks.find((t) => t.id === f.tasks.poverty.id)!.commitments[0]!.standing).toBe('pending');
    const head = await assignmentSupport(f.ctx.head, f.assignment.id);
    expect(head.abilities.raiseRequest).toBe(true);
    expect(head.tasks.find((t) => t.id === f.tasks.poverty.id)!.commitments[0]!.abilities.record).toBe(false);
    expect((await failure(assignmentSupport(f.ctx.viewer, f.assignment.id))).code).toBe('not_found');
    expect((await failure(assignmentSupport(f.ctx.headB, f.assignment.id))).code).toBe('not_found');
  });
});
