import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateCouncilInput } from '../../../contracts/councils.ts';
import { errorMessage } from '../../../contracts/errors.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { makeUser } from '../../../test/factories.ts';
import { COHORT_DAYS, makeScoredCohort } from '../../../test/fixtures/scored-cohort.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents, councilMembers, councils } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { saveSheet } from '../scoring/save-sheet.ts';
import { closeCouncil } from './close-council.ts';
import { councilProgress } from './council-progress.ts';
import { createCouncil } from './create-council.ts';
import { getCouncil } from './get-council.ts';
import { listCouncils } from './list-councils.ts';
import { updateCouncil } from './update-council.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return {
        code: error.code,
        fields: error.fields.map((f) => f.field),
        message: errorMessage(error.code, 'vi', error.params),
      };
    throw error;
  }
  throw new Error('expected a refusal');
}

const formed = () => makeScoredCohort(database.db, { stage: 'formed' });
type Cohort = Awaited<ReturnType<typeof formed>>;
const councilCount = async (cycleId: string) =>
  (await database.db.select({ n: count() }).from(councils).where(eq(councils.cycleId, cycleId)))[0].n;

describe('forming a council', () => {
  it('shows its members and, for each head of the cohort, who is recused and why', async () => {
    const f = await formed();
    const c = await getCouncil(f.at(f.p.assigner.actor, COHORT_DAYS.formed), f.council.id);
    expect(c).toMatchObject({
      name: 'Hội đồng tư vấn đánh giá người đứng đầu năm 2022',
      windowState: 'not_open',
      memberCount: 4,
      myRole: null,
      abilities: { edit: true, editMembers: true, close: false, progress: true, scores: false, score: false },
    });
    expect(c.members.map((m) => [m.fullName, m.role])).toEqual([
      ['Lê Văn Chủ', 'chair'],
      ['Phạm Thị Hà', 'member'],
      ['Đỗ Văn Sơn', 'member'],
      ['Trần Thị Bình', 'member'],
    ]);
    // Members without a given account score with their own (the one linked to their person).
    expect(c.members[0].userId).toBe(f.members.chair.user.id);
    expect(
      c.cohort.map((h) => [
        h.unit.name,
        h.head?.fullName,
        h.recused.map((r) => [r.fullName, r.reason, r.reasonLabel]),
      ]),
    ).toEqual([
      ['Xã An', 'Nguyễn Văn An', [['Đỗ Văn Sơn', 'unit', 'thuộc đơn vị được đánh giá']]],
      ['Xã Bình', 'Trần Thị Bình', [['Trần Thị Bình', 'head', 'là người đứng đầu']]],
    ]);
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'council'), eq(auditEvents.entityId, f.council.id)));
    expect(event).toMatchObject({ action: 'council.create', actorUserId: f.p.assigner.user.id });
  });

  it('recuses a member whose account holds a role on the head’s unit', async () => {
    const f = await formed();
    const delegate = f.users.delegateA;
    const person = f.members.ha.person.id;
    await database.db
      .update(councilMembers)
      .set({ userId: delegate.user.id })
      .where(eq(councilMembers.personId, person));
    const c = await getCouncil(f.at(f.p.assigner.actor, COHORT_DAYS.formed), f.council.id);
    expect(c.cohort[0].recused.map((r) => r.fullName)).toEqual(['Phạm Thị Hà', 'Đỗ Văn Sơn']);
  });

  it('refuses bad member lists and windows, naming the field, and writes nothing', async () => {
    const f = await formed();
    const ctx = f.at(f.p.assigner.actor, COHORT_DAYS.formed);
    const m = f.members;
    const base: CreateCouncilInput = {
      assigningUnitId: f.p.communeA.id,
      name: 'Hội đồng',
      opensOn: '2023-01-05',
      closesOn: '2023-01-15',
      members: [
        { personId: m.chair.person.id, role: 'chair' as const },
        { personId: m.ha.person.id, role: 'member' as const },
        { personId: m.son.person.id, role: 'member' as const },
      ],
    };
    const cases: [Partial<typeof base>, string, string[]][] = [
      [{ members: base.members.slice(0, 2) }, 'council_size', ['members']],
      [
        { members: base.members.map((x) => ({ ...x, role: 'member' as const })) },
        'council_chair_count',
        ['members'],
      ],
      [
        { members: [...base.members, { personId: m.ha.person.id, role: 'member' as const }] },
        'council_member_duplicate',
        ['members.3.personId'],
      ],
      [
        {
          members: [
            ...base.members.slice(0, 2),
            { personId: '00000000-0000-4000-8000-000000000000', role: 'member' as const },
          ],
        },
        'council_member_unknown',
        ['members.2.personId'],
      ],
      [
        { members: [...base.members.slice(0, 2), { ...base.members[2], userId: m.chair.user.id }] },
        'council_account_mismatch',
        ['members.2.userId'],
      ],
      [
        {
          members: [
            ...base.members.slice(0, 2),
            { ...base.members[2], userId: '00000000-0000-4000-8000-000000000000' },
          ],
        },
        'council_account_unknown',
        ['members.2.userId'],
      ],
      [{ closesOn: '2023-01-04' }, 'council_window_invalid', ['closesOn']],
      [{ opensOn: '2021-12-31' }, 'council_window_before_cycle', ['opensOn']],
    ];
    // The assigner of the district forms councils for the district only: commune A has its own assigner.
    expect((await refusal(createCouncil(ctx, f.cycle.id, base))).code).toBe('forbidden');
    // The district already has its council; every rule is checked before that.
    for (const [over, code, fields] of cases) {
      const input = { ...base, assigningUnitId: f.p.district.id, ...over };
      const r = await refusal(createCouncil(ctx, f.cycle.id, input));
      expect(r).toMatchObject({ code, fields });
    }
    expect(
      await refusal(createCouncil(ctx, f.cycle.id, { ...base, assigningUnitId: f.p.district.id })),
    ).toMatchObject({
      code: 'council_exists',
    });
    expect(await councilCount(f.cycle.id)).toBe(1);
  });

  it('is formed by the assigning unit’s assigner or an admin over it, not by others', async () => {
    const f = await formed();
    const day = COHORT_DAYS.formed;
    expect(
      (await refusal(createCouncil(f.at(f.users.appraiser.actor, day), f.cycle.id, {} as never))).code,
    ).toBe('not_found');
    const input = {
      assigningUnitId: f.p.district.id,
      name: 'x',
      opensOn: '2023-01-05',
      closesOn: '2023-01-15',
      members: [],
    };
    expect((await refusal(createCouncil(f.at(f.users.appraiser.actor, day), f.cycle.id, input))).code).toBe(
      'forbidden',
    );
    expect((await refusal(createCouncil(f.at(f.p.headA.actor, day), f.cycle.id, input))).code).toBe(
      'not_found',
    );
  });
});

describe('editing a council', () => {
  async function edit(f: Cohort, day: string, input: Omit<Parameters<typeof updateCouncil>[2], 'version'>) {
    const [row] = await database.db.select().from(councils).where(eq(councils.id, f.council.id));
    return updateCouncil(f.at(f.p.assigner.actor, day), f.council.id, { version: row.version, ...input });
  }

  it('changes members before scoring opens, keeping the rows of those who stay', async () => {
    const f = await formed();
    const before = await getCouncil(f.at(f.p.assigner.actor, COHORT_DAYS.formed), f.council.id);
    const updated = await edit(f, COHORT_DAYS.formed, {
      members: [
        { personId: f.members.ha.person.id, role: 'chair' },
        { personId: f.members.chair.person.id, role: 'member' },
        { personId: f.members.son.person.id, role: 'member' },
      ],
    });
    expect(updated.version).toBe(2);
    const after = await getCouncil(f.at(f.p.assigner.actor, COHORT_DAYS.formed), f.council.id);
    expect(after.members.map((m) => [m.fullName, m.role])).toEqual([
      ['Phạm Thị Hà', 'chair'],
      ['Lê Văn Chủ', 'member'],
      ['Đỗ Văn Sơn', 'member'],
    ]);
    expect(after.members.find((m) => m.fullName === 'Lê Văn Chủ')!.id).toBe(before.members[0].id);
  });

  it('locks members and the opening day once scoring opens; the closing day moves until it ends', async () => {
    const f = await formed();
    const open = COHORT_DAYS.scoring;
    const members = [
      { personId: f.members.ha.person.id, role: 'chair' as const },
      { personId: f.members.chair.person.id, role: 'member' as const },
      { personId: f.members.son.person.id, role: 'member' as const },
    ];
    expect(await refusal(edit(f, open, { members }))).toMatchObject({
      code: 'council_members_locked',
      message: 'Không thể thay đổi thành viên hội đồng khi thời hạn chấm điểm đã mở (từ 05/01/2023).',
    });
    expect(await refusal(edit(f, open, { opensOn: '2023-01-07' }))).toMatchObject({
      code: 'council_opens_on_locked',
    });
    expect(await refusal(edit(f, open, { closesOn: '2023-01-05' }))).toMatchObject({
      code: 'council_closes_on_past',
      fields: ['closesOn'],
    });
    expect((await edit(f, open, { closesOn: '2023-01-20', name: 'Hội đồng tư vấn năm 2022' })).closesOn).toBe(
      '2023-01-20',
    );
    expect(await refusal(edit(f, '2023-01-21', { name: 'Muộn' }))).toMatchObject({ code: 'council_closed' });
    expect(
      await refusal(updateCouncil(f.at(f.p.assigner.actor, open), f.council.id, { version: 1, name: 'Cũ' })),
    ).toMatchObject({ code: 'version_conflict' });
  });
});

describe('closing early', () => {
  it('is for the chair or the assigner, while scoring is open', async () => {
    const f = await formed();
    const v = f.council.version;
    expect(
      await refusal(
        closeCouncil(f.at(f.members.ha.actor, COHORT_DAYS.scoring), f.council.id, { version: v }),
      ),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      await refusal(closeCouncil(f.at(f.members.chair.actor, '2023-01-04'), f.council.id, { version: v })),
    ).toMatchObject({
      code: 'scoring_window_not_open',
      message: 'Chưa đến thời hạn chấm điểm (từ 05/01/2023 đến 15/01/2023).',
    });
    const closed = await closeCouncil(f.at(f.members.chair.actor, COHORT_DAYS.closedEarly), f.council.id, {
      version: v,
    });
    expect(closed.closedAt).not.toBeNull();
    expect(
      await refusal(
        closeCouncil(f.at(f.p.assigner.actor, COHORT_DAYS.closedEarly), f.council.id, {
          version: closed.version,
        }),
      ),
    ).toMatchObject({
      code: 'council_closed',
    });
  });
});

describe('seeing councils', () => {
  it('lists a cycle’s councils to the assigning body and the members only', async () => {
    const f = await formed();
    const day = COHORT_DAYS.formed;
    const names = async (actor: Parameters<Cohort['at']>[0]) =>
      (await listCouncils(f.at(actor, day), f.cycle.id)).map((c) => [c.name, c.myRole]);
    expect(await names(f.p.assigner.actor)).toEqual([
      ['Hội đồng tư vấn đánh giá người đứng đầu năm 2022', null],
    ]);
    expect(await names(f.members.chair.actor)).toEqual([
      ['Hội đồng tư vấn đánh giá người đứng đầu năm 2022', 'chair'],
    ]);
    expect(await names(f.p.headA.actor)).toEqual([]);
    expect((await refusal(getCouncil(f.at(f.p.headA.actor, day), f.council.id))).code).toBe(
      'council_not_found',
    );
    const observer = await makeUser(database.db, {
      role: 'council_member',
      unitId: f.p.district.id,
      includeSubtree: false,
    });
    expect(await names(observer.actor)).toHaveLength(1);
  });

  it('shows the chair who has finished, never a score', async () => {
    const f = await formed();
    const ids = [f.tasks.revenue.id, f.tasks.poverty.id, f.tasks.vaccination.id, f.tasks.clearance.id];
    await saveSheet(f.at(f.members.ha.actor, COHORT_DAYS.scoring), f.council.id, f.assignments.a.id, {
      version: 0,
      tasks: ids.map((taskId) => ({ taskId, score: 7.25 })),
      criteria: ['political_ethics', 'innovation_vision', 'self_criticism'].map((key) => ({
        key,
        score: 8.75,
      })),
      finished: true,
    });
    await saveSheet(f.at(f.members.chair.actor, COHORT_DAYS.scoring), f.council.id, f.assignments.a.id, {
      version: 0,
      tasks: [{ taskId: ids[0], score: 19.25 }],
      criteria: [],
    });
    const progress = await councilProgress(f.at(f.members.chair.actor, COHORT_DAYS.scoring), f.council.id);
    const [chair, ha, son, binh] = progress.members;
    expect(chair.heads.map((h) => [h.started, h.finished, h.itemsScored, h.itemsTotal])).toEqual([
      [true, false, 1, 7],
      [false, false, 0, 5],
    ]);
    expect([ha.finishedCount, ha.expectedCount]).toEqual([1, 2]);
    expect(son.heads.map((h) => h.recused)).toEqual([true, false]);
    expect(binh.heads.map((h) => h.recused)).toEqual([false, true]);
    const json = JSON.stringify(progress);
    expect(json).not.toContain('7.25');
    expect(json).not.toContain('19.25');
    expect(json).not.toContain('8.75');
    expect(
      (await refusal(councilProgress(f.at(f.members.ha.actor, COHORT_DAYS.scoring), f.council.id))).code,
    ).toBe('forbidden');
  });
});
