import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { contextFor } from '../../../test/factories.ts';
import { clockAt, makeCommittedAssignment } from '../../../test/fixtures/committed-assignment.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, supportRequests } from '../../db/schema/index.ts';
import { decideAdjustment, requestAdjustment } from '../assignments/adjustments.ts';
import type { ServiceContext } from '../context.ts';
import { getSupportRequest } from './get-support-request.ts';
import { listSupportRequests } from './list-support-requests.ts';
import { raiseSupportRequest } from './raise-support-request.ts';
import { respondToSupportRequest } from './respond-to-support-request.ts';
import { withdrawSupportRequest } from './withdraw-support-request.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const world = () => makeCommittedAssignment(database.db);
type World = Awaited<ReturnType<typeof world>>;

const toAssigner = (f: World, taskId = f.tasks.poverty.id) => ({
  taskId,
  kind: 'direction' as const,
  subject: 'Xin ý kiến chỉ đạo về nguồn vốn',
  body: 'Đề nghị Ban Thường vụ cho ý kiến về việc bố trí vốn đối ứng.',
  routedTo: 'assigner' as const,
});
const toAgency = (f: World, taskId = f.tasks.poverty.id) => ({
  taskId,
  kind: 'resource' as const,
  subject: 'Đề nghị hỗ trợ kinh phí',
  body: 'Xã đề nghị Sở hỗ trợ 200 triệu đồng cho mô hình sinh kế.',
  routedTo: 'agency' as const,
  agencyUnitId: f.p.department.id,
});
const inbox = (ctx: ServiceContext, state: 'open' | 'answered' | 'all' = 'all') =>
  listSupportRequests(ctx, { box: 'inbox', state, limit: 200, offset: 0 });
const raised = (ctx: ServiceContext) =>
  listSupportRequests(ctx, { box: 'raised', state: 'all', limit: 200, offset: 0 });
const audits = (id: string) =>
  database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(auditEvents.seq);
const stored = async (id: string) =>
  (await database.db.select().from(supportRequests).where(eq(supportRequests.id, id)))[0]!;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 'no error' }),
    (e) => e,
  );

describe('raising support requests', () => {
  it('routes a request to the assigning body with a ten-day deadline, shown in its inbox and the head’s raised list', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAssigner(f));
    expect(row).toMatchObject({
      state: 'open',
      raisedOn: '2022-03-20',
      responseDue: '2022-03-30',
      routedToUnitId: f.p.district.id,
      onBehalfOf: null,
      version: 1,
    });
    expect((await audits(row.id)).map((a) => a.action)).toEqual(['support_request.raise']);
    const box = await inbox(f.ctx.assigner);
    expect(box.items.map((r) => r.id)).toEqual([row.id]);
    expect(box.items[0]).toMatchObject({
      task: { title: 'Giảm tỷ lệ hộ nghèo' },
      assigneeUnit: { name: 'Xã An' },
      routedToUnit: { name: 'Huyện Một' },
      daysToResponseDue: 10,
      escalated: false,
      abilities: { respond: true, withdraw: false },
    });
    expect((await raised(f.ctx.head)).items.map((r) => r.id)).toEqual([row.id]);
    expect((await inbox(f.ctx.supporter)).total).toBe(0);
    expect((await raised(f.ctx.headB)).total).toBe(0);
  });

  it('records a delegate’s request as raised on the head’s behalf', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.delegate, { ...toAgency(f), responseDue: '2022-04-15' });
    expect(row).toMatchObject({ onBehalfOf: f.p.headA.user.id, raisedBy: f.users.delegateA.user.id });
    const [event] = await audits(row.id);
    expect(event).toMatchObject({
      onBehalfOfUserId: f.p.headA.user.id,
      actorUserId: f.users.delegateA.user.id,
    });
    const view = await getSupportRequest(f.ctx.head, row.id);
    expect(view).toMatchObject({ responseDue: '2022-04-15', onBehalfOfName: f.p.headA.user.displayName });
    expect(view.abilities.withdraw).toBe(true);
  });

  it.each([
    [
      'an agency that is not named',
      (f: World) => ({ ...toAgency(f), agencyUnitId: undefined }),
      'support_agency_required',
    ],
    [
      'the head’s own unit as agency',
      (f: World) => ({ ...toAgency(f), agencyUnitId: f.p.communeA.id }),
      'support_agency_invalid',
    ],
    [
      'an agency that does not exist',
      (f: World) => ({ ...toAgency(f), agencyUnitId: crypto.randomUUID() }),
      'support_agency_invalid',
    ],
    [
      'an agency named on a request to the assigner',
      (f: World) => ({ ...toAssigner(f), agencyUnitId: f.p.department.id }),
      'support_agency_not_expected',
    ],
    [
      'a deadline 61 days away',
      (f: World) => ({ ...toAssigner(f), responseDue: '2022-05-20' }),
      'support_response_due_invalid',
    ],
    [
      'a deadline on the day of raising',
      (f: World) => ({ ...toAssigner(f), responseDue: '2022-03-20' }),
      'support_response_due_invalid',
    ],
  ])('refuses %s and writes nothing', async (_, input, code) => {
    const f = await world();
    expect((await failure(raiseSupportRequest(f.ctx.head, input(f)))).code).toBe(code);
    expect((await raised(f.ctx.head)).total).toBe(0);
  });

  it('answers 404 to those who cannot read the task and 403 to readers who are not its head', async () => {
    const f = await world();
    expect(await failure(raiseSupportRequest(f.ctx.headB, toAssigner(f)))).toMatchObject({
      code: 'not_found',
      params: { entity: 'task' },
    });
    expect((await failure(raiseSupportRequest(f.ctx.viewer, toAssigner(f)))).code).toBe('not_found');
    expect((await failure(raiseSupportRequest(f.ctx.supporter, toAssigner(f)))).code).toBe('not_found');
    expect((await failure(raiseSupportRequest(f.ctx.appraiser, toAssigner(f)))).code).toBe('forbidden');
    expect((await failure(raiseSupportRequest(f.ctx.assigner, toAssigner(f)))).code).toBe('forbidden');
    expect((await failure(raiseSupportRequest(f.ctx.head, toAssigner(f, crypto.randomUUID())))).code).toBe(
      'not_found',
    );
  });

  it('refuses a request on a task cancelled by an approved adjustment', async () => {
    const f = await world();
    const adj = await requestAdjustment(f.ctx.head, f.assignment.id, {
      change: { kind: 'cancellation', taskId: f.tasks.clearance.id },
      reason: 'Dự án đường vành đai bị dừng',
    });
    await decideAdjustment(f.ctx.assigner, adj.id, {
      version: adj.version,
      decision: 'approve',
      rebalance: [{ taskId: f.tasks.revenue.id, weight: 3000 }],
    });
    expect((await failure(raiseSupportRequest(f.ctx.head, toAssigner(f, f.tasks.clearance.id)))).code).toBe(
      'support_task_cancelled',
    );
  });
});

describe('answering support requests', () => {
  it('lets the agency’s supporter answer once; a second answer is refused and nothing is written', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAgency(f));
    const box = await inbox(f.ctx.supporter, 'open');
    expect(box.items.map((r) => r.id)).toEqual([row.id]);
    expect(box.items[0]!.abilities.respond).toBe(true);
    expect((await inbox(f.ctx.assigner)).total).toBe(0);
    const answered = await respondToSupportRequest(f.ctx.supporter, row.id, {
      version: 1,
      response: 'Sở bố trí 150 triệu đồng trong quý II.',
      resolved: true,
    });
    expect(answered).toMatchObject({
      state: 'answered',
      resolved: true,
      respondedOn: '2022-03-20',
      version: 2,
    });
    expect((await inbox(f.ctx.supporter, 'open')).total).toBe(0);
    expect((await inbox(f.ctx.supporter, 'all')).total).toBe(1);
    const again = await failure(
      respondToSupportRequest(f.ctx.supporter, row.id, { version: 2, response: 'Bổ sung', resolved: false }),
    );
    expect(again).toMatchObject({ code: 'support_request_closed', params: { state: 'answered' } });
    expect(await stored(row.id)).toMatchObject({
      version: 2,
      response: 'Sở bố trí 150 triệu đồng trong quý II.',
    });
    expect((await audits(row.id)).map((a) => a.action)).toEqual([
      'support_request.raise',
      'support_request.respond',
    ]);
  });

  it('lets exactly one of two simultaneous answers through; the other is told the request is closed', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAssigner(f));
    const answer = (text: string) =>
      respondToSupportRequest(f.ctx.assigner, row.id, { version: 1, response: text, resolved: true });
    const results = await Promise.allSettled([answer('Trả lời thứ nhất'), answer('Trả lời thứ hai')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.code).toBe('support_request_closed');
    expect(await stored(row.id)).toMatchObject({ state: 'answered', version: 2 });
    expect(await audits(row.id)).toHaveLength(2);
  });

  it('passes an unanswered agency request to the assigner once its deadline has passed', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAgency(f));
    const early = await failure(
      respondToSupportRequest(f.ctx.assigner, row.id, { version: 1, response: 'Chỉ đạo', resolved: true }),
    );
    expect(early).toMatchObject({ code: 'support_not_escalated', params: { responseDue: '2022-03-30' } });
    const later = contextFor(database.db, f.p.assigner.actor, clockAt('2022-04-02'));
    const box = await inbox(later, 'open');
    expect(box.items).toEqual([
      expect.objectContaining({
        id: row.id,
        escalated: true,
        daysToResponseDue: -3,
        abilities: expect.objectContaining({ respond: true }),
      }),
    ]);
    const answered = await respondToSupportRequest(later, row.id, {
      version: 1,
      response: 'Giao Sở bố trí kinh phí ngay trong tháng 4.',
      resolved: false,
    });
    expect(answered).toMatchObject({ state: 'answered', resolved: false, respondedBy: f.p.assigner.user.id });
  });

  it('keeps an escalated request in the assigner’s inbox after it is answered, as the sweep stamped it', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAgency(f));
    await database.db
      .update(supportRequests)
      .set({ escalatedOn: '2022-03-31' })
      .where(eq(supportRequests.id, row.id));
    await respondToSupportRequest(f.ctx.supporter, row.id, {
      version: 1,
      response: 'Đã xử lý',
      resolved: true,
    });
    const box = await inbox(f.ctx.assigner, 'answered');
    expect(box.items.map((r) => [r.id, r.escalated, r.escalatedOn, r.daysToResponseDue])).toEqual([
      [row.id, true, '2022-03-31', null],
    ]);
  });

  it('refuses answers from those who may not give them: 404 out of reach, 403 within it', async () => {
    const f = await world();
    const toDistrict = await raiseSupportRequest(f.ctx.head, toAssigner(f));
    const body = { version: 1, response: 'Trả lời', resolved: true };
    expect((await failure(respondToSupportRequest(f.ctx.supporter, toDistrict.id, body))).code).toBe(
      'not_found',
    );
    expect((await failure(respondToSupportRequest(f.ctx.viewer, toDistrict.id, body))).code).toBe(
      'not_found',
    );
    expect((await failure(respondToSupportRequest(f.ctx.headB, toDistrict.id, body))).code).toBe('not_found');
    expect((await failure(respondToSupportRequest(f.ctx.appraiser, toDistrict.id, body))).code).toBe(
      'forbidden',
    );
    expect((await failure(respondToSupportRequest(f.ctx.head, toDistrict.id, body))).code).toBe('forbidden');
    expect(
      (await failure(respondToSupportRequest(f.ctx.assigner, toDistrict.id, { ...body, version: 3 }))).code,
    ).toBe('version_conflict');
    expect((await failure(getSupportRequest(f.ctx.supporter, toDistrict.id))).code).toBe('not_found');
    expect((await failure(getSupportRequest(f.ctx.viewer, toDistrict.id))).code).toBe('not_found');
    expect(await stored(toDistrict.id)).toMatchObject({ state: 'open', version: 1 });
  });
});

describe('withdrawing support requests', () => {
  it('lets a delegate withdraw on the head’s behalf; a later answer is refused as closed', async () => {
    const f = await world();
    const row = await raiseSupportRequest(f.ctx.head, toAgency(f));
    expect((await failure(withdrawSupportRequest(f.ctx.supporter, row.id, { version: 1 }))).code).toBe(
      'forbidden',
    );
    const withdrawn = await withdrawSupportRequest(f.ctx.delegate, row.id, {
      version: 1,
      reason: 'Xã đã tự cân đối được nguồn vốn',
    });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', version: 2 });
    const events = await audits(row.id);
    expect(events.at(-1)).toMatchObject({
      action: 'support_request.withdraw',
      onBehalfOfUserId: f.p.headA.user.id,
      after: expect.objectContaining({ reason: 'Xã đã tự cân đối được nguồn vốn' }),
    });
    const late = await failure(
      respondToSupportRequest(f.ctx.supporter, row.id, { version: 2, response: 'Trả lời', resolved: true }),
    );
    expect(late).toMatchObject({
      code: 'support_request_closed',
      params: { state: 'withdrawn', action: 'respond' },
    });
    expect((await failure(withdrawSupportRequest(f.ctx.head, row.id, { version: 2 }))).code).toBe(
      'support_request_closed',
    );
    expect(await stored(row.id)).toMatchObject({ state: 'withdrawn', version: 2, response: null });
  });
});
