import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../clock.ts';
import type { Actor } from '../../domain/permissions.ts';
import { decideAdjustment, requestAdjustment } from '../../services/assignments/adjustments.ts';
import { createAssignment } from '../../services/assignments/create-assignment.ts';
import { commitAssignment, issueAssignment } from '../../services/assignments/lifecycle-actions.ts';
import { saveTasks } from '../../services/assignments/save-tasks.ts';
import type { ServiceContext } from '../../services/context.ts';
import { createCycle } from '../../services/cycles/create-cycle.ts';
import type { Db } from '../client.ts';
import { loadTasks } from '../repositories/assignments.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../repositories/users.ts';
import { posts, units } from '../schema/index.ts';
import {
  communeTasks,
  type DemoTaskSpec,
  departmentTasks,
  districtTasks,
  nguyetDucTasks,
  toDraft,
} from './demo-tasks.ts';

/** A clock fixed on a morning of `date`, Vietnam time. */
export const at =
  (date: string): Clock =>
  () =>
    new Date(`${date}T09:00:00+07:00`);

/** A demo actor's context on a morning of `date`. */
export const ctxAt = (db: Db, a: Actor, date: string): ServiceContext => ({
  db,
  actor: a,
  clock: at(date),
  requestId: null,
  locale: 'vi',
});

/** The actor of a demo account, with its grants. */
export async function actor(db: Db, username: string): Promise<Actor> {
  const user = (await findUserByUsername(db, username))!;
  return {
    userId: user.id,
    personId: user.personId,
    grants: toDomainGrants(await activeGrants(db, user.id)),
  };
}

/** A demo unit by its code. */
export async function unitByCode(db: Db, code: string) {
  const [u] = await db.select().from(units).where(eq(units.code, code));
  return u;
}

async function postOf(db: Db, unitCode: string, head = true) {
  const unit = await unitByCode(db, unitCode);
  const [p] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.unitId, unit.id), eq(posts.isHead, head)));
  return p;
}

type Plan = {
  assigningCode: string;
  assigneeCode: string;
  headPostUnitCode: string;
  specs: DemoTaskSpec[];
  documentNumber: string;
  signer: [string, string];
  state: 'draft' | 'issued' | 'committed';
  headUsername?: string;
  bottleneck?: string;
};

/**
 * The 2022 cycle of the demo: BTV Tỉnh ủy assigns the district secretaries and
 * chairs and six directors; BTV Huyện ủy Yên Lạc assigns its commune
 * secretaries — 21 tasks for Nguyệt Đức, with one approved extension — and
 * splits its land-revenue target among them. One commune's registration is
 * still a draft, one assignment is issued and awaits commitment.
 */
export async function seedCycle2022(db: Db) {
  const ctx = (a: Actor, date: string) => ctxAt(db, a, date);
  const province = await actor(db, 'btc.tinhuy');
  const yenLac = await actor(db, 'btc.yenlac');
  const root = await unitByCode(db, 'VP');
  const cycle = await createCycle(ctx(province, '2022-01-05'), {
    ownerUnitId: root.id,
    name: 'Năm 2022',
    kind: 'year',
    startsOn: '2022-01-01',
    endsOn: '2022-12-31',
    preset: 'qd366',
  });
  const parentTasks = new Map<string, string>();

  const run = async (plan: Plan, assigner: Actor) => {
    const assigning = await unitByCode(db, plan.assigningCode);
    const assignee = await unitByCode(db, plan.assigneeCode);
    const post = await postOf(db, plan.headPostUnitCode);
    // A draft with a named head is that head's registration; the others are drafted by the assigner.
    const registrant =
      plan.state === 'draft' && plan.headUsername ? await actor(db, plan.headUsername) : assigner;
    const a = await createAssignment(ctx(registrant, '2022-02-10'), {
      cycleId: cycle.id,
      assigningUnitId: assigning.id,
      assigneeUnitId: assignee.id,
      headPostId: post.id,
      bottleneck: plan.bottleneck ?? null,
    });
    const drafts = plan.specs.map((s) =>
      toDraft(
        s,
        assignee.id,
        s.parentRef ? (parentTasks.get(`${plan.assigningCode}:${s.parentRef}`) ?? null) : null,
      ),
    );
    let row = await saveTasks(ctx(registrant, '2022-02-20'), a.id, { version: a.version, tasks: drafts });
    const saved = await loadTasks(db, a.id);
    plan.specs.forEach((s, i) => {
      if (s.key) parentTasks.set(`${plan.assigneeCode}:${s.key}`, saved[i].task.id);
    });
    if (plan.state === 'draft') return row;
    row = await issueAssignment(ctx(assigner, '2022-03-15'), a.id, {
      version: row.version,
      documentNumber: plan.documentNumber,
      documentDate: '2022-03-15',
      signerName: plan.signer[0],
      signerTitle: plan.signer[1],
    });
    if (plan.state === 'committed' && plan.headUsername)
      row = await commitAssignment(ctx(await actor(db, plan.headUsername), '2022-03-22'), a.id, {
        version: row.version,
      });
    return row;
  };

  const provinceSigner: [string, string] = ['Hoàng Thị Thúy Lan', 'Bí thư Tỉnh ủy'];
  const districtSigner: [string, string] = ['Nguyễn Văn Hùng', 'Bí thư Huyện ủy'];
  const districts = ['VY', 'PY', 'BX', 'LT', 'SL', 'TD', 'TDA', 'VT', 'YL'];
  let n = 20;
  for (const code of districts) {
    const name = (await unitByCode(db, `VP-${code}`)).name;
    await run(
      {
        assigningCode: 'VP',
        assigneeCode: `VP-${code}`,
        headPostUnitCode: `VP-${code}-DU`,
        specs: districtTasks(name, code === 'YL' ? 600 : 400),
        documentNumber: `${n++}-QĐ/TU`,
        signer: provinceSigner,
        state: code === 'YL' ? 'committed' : 'issued',
        headUsername: code === 'YL' ? 'bithu.yenlac' : undefined,
      },
      province,
    );
  }
  for (const code of ['SKHDT', 'STNMT', 'SXD', 'SNNPTNT', 'SCT', 'SGTVT']) {
    const name = (await unitByCode(db, `VP-${code}`)).name;
    await run(
      {
        assigningCode: 'VP',
        assigneeCode: `VP-${code}`,
        headPostUnitCode: `VP-${code}`,
        specs: departmentTasks(name),
        documentNumber: `${n++}-QĐ/TU`,
        signer: provinceSigner,
        state: 'issued',
      },
      province,
    );
  }

  const communes = [
    'TTYL',
    'BINHDINH',
    'DAITU',
    'DONGCUONG',
    'DONGVAN',
    'HONGCHAU',
    'HONGPHUONG',
    'LIENCHAU',
    'NGUYETDUC',
    'TAMHONG',
    'TELO',
    'TRUNGHA',
    'TRUNGKIEN',
    'TRUNGNGUYEN',
    'VANTIEN',
    'YENDONG',
    'YENPHUONG',
  ];
  let m = 10;
  for (const code of communes) {
    const unit = await unitByCode(db, `VP-YL-${code}`);
    const place = unit.name;
    const nguyetDuc = code === 'NGUYETDUC';
    const state = code === 'TELO' ? 'draft' : code === 'DONGVAN' ? 'issued' : 'committed';
    await run(
      {
        assigningCode: 'VP-YL',
        assigneeCode: `VP-YL-${code}`,
        headPostUnitCode: `VP-YL-${code}-DU`,
        specs: nguyetDuc ? nguyetDucTasks() : communeTasks(place, 35),
        documentNumber: `${m++}-QĐ/HU`,
        signer: districtSigner,
        state,
        headUsername: `bithu.${code.toLowerCase()}`,
        bottleneck: nguyetDuc
          ? 'Điểm tập kết rác thải tự phát ven đê gây ô nhiễm kéo dài nhiều năm; đồng chí Bí thư cam kết xóa bỏ dứt điểm, xây dựng điểm tập kết đúng quy chuẩn trong năm 2022.'
          : `Tiến độ giải phóng mặt bằng và xử lý vi phạm đất đai còn chậm tại ${place}.`,
      },
      yenLac,
    );
  }
  return cycle;
}

/** One approved extension on Nguyệt Đức's site-clearance task (the original deadline is kept in its history). */
export async function seedExtension(db: Db, assignmentId: string) {
  const head = await actor(db, 'bithu.nguyetduc');
  const assigner = await actor(db, 'btc.yenlac');
  const [first] = await loadTasks(db, assignmentId);
  const ctx = (a: Actor, date: string) => ctxAt(db, a, date);
  const req = await requestAdjustment(ctx(head, '2022-08-20'), assignmentId, {
    change: { kind: 'extension', taskId: first.task.id, deadline: '2022-11-30' },
    reason:
      'Một số hộ chưa nhận tiền bồi thường do vướng mắc xác định nguồn gốc đất; đề nghị gia hạn để hoàn tất bàn giao.',
  });
  await decideAdjustment(ctx(assigner, '2022-08-25'), req.id, {
    version: req.version,
    decision: 'approve',
    note: 'Đồng ý gia hạn đến 30/11/2022.',
  });
}
