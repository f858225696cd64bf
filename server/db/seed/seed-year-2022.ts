/**
 * The demo's 2022 year played out for Yên Lạc's communes, through the same use cases
 * the app uses: quarterly reports with evidence, support requests (one answered late
 * by a department, one left unanswered and escalated), support delivered, two
 * quarterly appraisals and the year-end acceptance of products, reminder sweeps.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/permissions.ts';
import { runSweep } from '../../jobs/reminder-sweep.ts';
import { recordAppraisal } from '../../services/appraisals/record-appraisal.ts';
import { recordCheckIn } from '../../services/check-ins/record-check-in.ts';
import { raiseSupportRequest } from '../../services/support/raise-support-request.ts';
import { recordSupportDelivery } from '../../services/support/record-support-delivery.ts';
import { respondToSupportRequest } from '../../services/support/respond-to-support-request.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import { samplePdf } from '../../storage/sample-files.ts';
import type { Database, Db } from '../client.ts';
import { type LoadedTask, loadTasks } from '../repositories/assignments.ts';
import { assignments, supportCommitments, supportRequests, units } from '../schema/index.ts';
import {
  CHECKPOINTS,
  meets,
  type PlannedTask,
  type Profile,
  plannedReports,
  profileOf,
} from './demo-year-plan.ts';
import { actor, at, ctxAt, unitByCode } from './seed-cycle-2022.ts';

type Played = { code: string; name: string; assignmentId: string; profile: Profile; tasks: LoadedTask[] };
type Report = { id: string; date: string; value: number | null; percent: number | null; product: boolean };

function planned(t: LoadedTask): PlannedTask {
  return {
    position: t.task.position,
    kind: t.task.kind as PlannedTask['kind'],
    direction: (t.task.direction ?? null) as PlannedTask['direction'],
    baseline: t.task.baseline === null ? null : Number(t.task.baseline),
    target: t.task.targetValue === null ? null : Number(t.task.targetValue),
    deadline: t.task.deadline!,
    extended: t.changes.some((c) => c.field === 'deadline'),
  };
}

/** The committed assignments of Yên Lạc's communes in the cycle, with their tasks. */
async function communeAssignments(db: Db, cycleId: string): Promise<Played[]> {
  const yenLac = await unitByCode(db, 'VP-YL');
  const rows = await db
    .select({ id: assignments.id, code: units.code, name: units.name })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .where(
      and(
        eq(assignments.cycleId, cycleId),
        eq(assignments.assigningUnitId, yenLac.id),
        eq(assignments.state, 'committed'),
      ),
    );
  const played: Played[] = [];
  for (const r of rows.sort((a, b) => a.code.localeCompare(b.code))) {
    const code = r.code.replace('VP-YL-', '');
    played.push({
      code,
      name: r.name,
      assignmentId: r.id,
      profile: profileOf(code),
      tasks: await loadTasks(db, r.id),
    });
  }
  return played;
}

async function reportYear(db: Db, storage: FileStorage, head: Actor, p: Played) {
  const reports = new Map<string, Report[]>();
  let n = 1;
  for (const t of p.tasks) {
    const list: Report[] = [];
    for (const r of plannedReports(planned(t), p.profile)) {
      const product = r.submitsProduct === true;
      const files = product
        ? [
            {
              field: 'files.0',
              fileName: `Bien ban nghiem thu - nhiem vu ${t.task.position}.pdf`,
              bytes: samplePdf(`${p.code} ${t.task.id} ${r.date}`),
            },
          ]
        : [];
      const saved = await recordCheckIn(
        ctxAt(db, head, r.date),
        storage,
        t.task.id,
        {
          reportedOn: r.date,
          ...(r.value !== undefined ? { value: r.value } : {}),
          ...(r.percent !== undefined ? { percent: r.percent } : {}),
          submitsProduct: product || undefined,
          narrative: product
            ? `Đã hoàn thành ${t.task.expectedProduct?.toLowerCase() ?? 'sản phẩm'}; gửi biên bản kèm theo để thẩm định.`
            : `Báo cáo tiến độ thực hiện nhiệm vụ “${t.task.title}” đến ngày ${r.date.split('-').reverse().join('/')}.`,
          documents: product
            ? undefined
            : [{ number: `${n++}/BC-UBND`, date: r.date, title: 'Báo cáo kết quả thực hiện nhiệm vụ' }],
        },
        files,
      );
      list.push({ id: saved.id, date: r.date, value: r.value ?? null, percent: r.percent ?? null, product });
    }
    reports.set(t.task.id, list);
  }
  return reports;
}

/** One appraisal of every open task of `p` on `date`: verified values, product decisions, progress. */
async function appraise(
  db: Db,
  appraiser: Actor,
  p: Played,
  reports: Map<string, Report[]>,
  accepted: Set<string>,
  date: string,
  quarter: number | null,
) {
  const items = [];
  for (const t of p.tasks) {
    if (accepted.has(t.task.id)) continue;
    const seen = (reports.get(t.task.id) ?? []).filter((r) => r.date <= date);
    const latest = seen.at(-1);
    if (!latest) continue;
    const late = t.task.deadline! < date;
    if (t.task.kind === 'deliverable') {
      const product = seen.find((r) => r.product);
      if (product) {
        accepted.add(t.task.id);
        items.push({
          taskId: t.task.id,
          progress: 'on_track' as const,
          productDecision: 'accepted' as const,
          acceptedCheckInId: product.id,
          exceeded: p.profile === 'excellent',
          findings: 'Sản phẩm đạt yêu cầu, hồ sơ đầy đủ.',
        });
      } else {
        items.push({
          taskId: t.task.id,
          progress: late
            ? ('late' as const)
            : p.profile === 'good'
              ? ('on_track' as const)
              : ('at_risk' as const),
          verifiedFraction: Math.min(0.9, (latest.percent ?? 0) / 100),
          findings: 'Sản phẩm chưa hoàn thành.',
          recommendation: late ? 'Khẩn trương hoàn thành, báo cáo Ban Thường vụ.' : null,
        });
      }
      continue;
    }
    const met = latest.value !== null && meets(planned(t), latest.value);
    items.push({
      taskId: t.task.id,
      progress: met
        ? ('on_track' as const)
        : late
          ? ('late' as const)
          : p.profile === 'good'
            ? ('on_track' as const)
            : ('at_risk' as const),
      verifiedValue: latest.value,
    });
  }
  if (items.length === 0) return;
  await recordAppraisal(ctxAt(db, appraiser, date), p.assignmentId, {
    kind: quarter ? 'quarterly' : 'ad_hoc',
    quarter,
    appraisedOn: date,
    findings: quarter
      ? `Kiểm tra tiến độ quý ${quarter}/2022 tại ${p.name}.`
      : `Thẩm định kết quả, nghiệm thu sản phẩm cuối năm 2022 tại ${p.name}.`,
    recommendations:
      p.profile === 'good' || p.profile === 'excellent'
        ? null
        : 'Tập trung chỉ đạo các nhiệm vụ chậm tiến độ.',
    items,
  });
}

/** Requests on Nguyệt Đức's tasks and one left unanswered in Văn Tiến; support delivered on the commitments. */
async function supportStory(database: Database, played: Played[]) {
  const { db } = database;
  const nd = played.find((p) => p.code === 'NGUYETDUC');
  const vt = played.find((p) => p.code === 'VANTIEN');
  const assigner = await actor(db, 'btc.yenlac');
  const supporter = await actor(db, 'hotro.tnmt');
  const tnmt = await unitByCode(db, 'VP-STNMT');
  if (nd) {
    const head = await actor(db, 'bithu.nguyetduc');
    const [clearance, second] = nd.tasks;
    const toAgency = await raiseSupportRequest(ctxAt(db, head, '2022-04-12'), {
      taskId: clearance!.task.id,
      kind: 'obstacle',
      subject: 'Vướng mắc xác định nguồn gốc đất của 7 hộ',
      body: 'Đề nghị Sở Tài nguyên và Môi trường hướng dẫn xác định nguồn gốc đất của 7 hộ chưa nhận tiền bồi thường để kịp bàn giao mặt bằng.',
      routedTo: 'agency',
      agencyUnitId: tnmt.id,
      responseDue: '2022-04-22',
    });
    const toAssigner = await raiseSupportRequest(ctxAt(db, head, '2022-06-15'), {
      taskId: second!.task.id,
      kind: 'resource',
      subject: 'Đề nghị bổ sung kinh phí cưỡng chế',
      body: 'Đề nghị Ban Thường vụ Huyện ủy chỉ đạo bố trí kinh phí tổ chức cưỡng chế các trường hợp vi phạm đã có quyết định.',
      routedTo: 'assigner',
    });
    // The department misses its deadline: the sweep escalates the request to the assigner.
    await runSweep(database, { today: '2022-04-25', clock: at('2022-04-25') });
    await respondToSupportRequest(ctxAt(db, supporter, '2022-05-10'), toAgency.id, {
      version: await currentVersion(db, toAgency.id),
      response:
        'Sở đã cử tổ công tác phối hợp với UBND xã rà soát hồ sơ địa chính; xác định xong nguồn gốc đất của 7 hộ, đủ điều kiện bồi thường.',
      resolved: true,
    });
    await respondToSupportRequest(ctxAt(db, assigner, '2022-06-20'), toAssigner.id, {
      version: toAssigner.version,
      response:
        'Thống nhất bố trí 300 triệu đồng từ nguồn dự phòng ngân sách huyện; giao UBND huyện hướng dẫn thủ tục.',
      resolved: true,
    });
    const ids = nd.tasks.map((t) => t.task.id);
    const commitments = await db
      .select()
      .from(supportCommitments)
      .where(inArray(supportCommitments.taskId, ids));
    for (const [i, c] of commitments.entries()) {
      const lateOne = i === 1;
      const day = c.dueOn ?? '2022-06-30';
      await recordSupportDelivery(ctxAt(db, assigner, lateOne ? '2022-09-15' : day), c.id, {
        version: c.version,
        state: lateOne ? 'late' : 'delivered',
        deliveredOn: lateOne ? '2022-09-15' : day,
        note: lateOne ? 'Bố trí chậm do điều chỉnh dự toán.' : 'Đã bố trí đầy đủ.',
      });
    }
  }
  if (vt) {
    const head = await actor(db, `bithu.vantien`);
    await raiseSupportRequest(ctxAt(db, head, '2022-11-10'), {
      taskId: vt.tasks[0]!.task.id,
      kind: 'direction',
      subject: 'Xin ý kiến chỉ đạo về đấu giá quyền sử dụng đất',
      body: 'Thị trường bất động sản trầm lắng, hai phiên đấu giá không có người tham gia; đề nghị cho ý kiến chỉ đạo về điều chỉnh giá khởi điểm.',
      routedTo: 'assigner',
      responseDue: '2022-11-25',
    });
  }
}

async function currentVersion(db: Db, requestId: string): Promise<number> {
  const [row] = await db
    .select({ version: supportRequests.version })
    .from(supportRequests)
    .where(eq(supportRequests.id, requestId));
  return row!.version;
}

/** Plays the year; returns how much was recorded. */
export async function seedYear2022(database: Database, storage: FileStorage, cycleId: string) {
  const { db } = database;
  const played = await communeAssignments(db, cycleId);
  const appraiser = await actor(db, 'thamdinh.yenlac');
  const reports = new Map<string, Map<string, Report[]>>();
  for (const p of played) {
    reports.set(
      p.assignmentId,
      await reportYear(db, storage, await actor(db, `bithu.${p.code.toLowerCase()}`), p),
    );
  }
  await supportStory(database, played);
  for (const p of played) {
    const accepted = new Set<string>();
    const own = reports.get(p.assignmentId)!;
    await appraise(db, appraiser, p, own, accepted, '2022-07-12', 2);
    await appraise(db, appraiser, p, own, accepted, '2022-10-12', 3);
    await appraise(db, appraiser, p, own, accepted, '2022-12-27', null);
  }
  for (const day of ['2022-09-26', '2022-11-30']) {
    await runSweep(database, { today: day, clock: at(day) });
  }
  const checkIns = [...reports.values()].reduce(
    (s, m) => s + [...m.values()].reduce((x, l) => x + l.length, 0),
    0,
  );
  return { communes: played.length, checkIns, checkpoints: CHECKPOINTS.length };
}
