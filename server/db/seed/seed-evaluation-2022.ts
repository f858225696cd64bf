/**
 * The end of the demo's 2022 cycle for Yên Lạc's communes, through the app's use cases:
 * every head submits a self-assessment, a council of five scores them (its members
 * close to the system's proposals), the results are computed — with the excellent
 * quota breached — and finalized, and the head moved down by the quota appeals.
 */
import { eq } from 'drizzle-orm';
import { createCouncil } from '../../services/councils/create-council.ts';
import { evaluateCouncil } from '../../services/evaluation/evaluate-council.ts';
import { answerAppeal, fileAppeal } from '../../services/results/appeals.ts';
import { finalizeCouncil } from '../../services/results/finalize.ts';
import { mySheets } from '../../services/scoring/my-sheets.ts';
import { saveSheet } from '../../services/scoring/save-sheet.ts';
import { getSelfAssessment } from '../../services/self-assessment/get-self-assessment.ts';
import { saveSelfAssessment } from '../../services/self-assessment/save-self-assessment.ts';
import { submitSelfAssessment } from '../../services/self-assessment/submit-self-assessment.ts';
import type { Db } from '../client.ts';
import { people, units } from '../schema/index.ts';
import { profileOf } from './demo-year-plan.ts';
import { actor, ctxAt, unitByCode } from './seed-cycle-2022.ts';

/** The council: the district secretary chairs; four members of the district's Standing Committee. */
export const COUNCIL_ACCOUNTS = [
  'bithu.yenlac',
  'hoidong.yenlac',
  'hoidong2.yenlac',
  'hoidong3.yenlac',
  'hoidong4.yenlac',
];

const CRITERION_SCORE = { excellent: 9.5, good: 9, late: 8.5, weak: 7.5 } as const;

const round2 = (n: number) => Math.round(n * 100) / 100;

async function selfAssess(db: Db, assignmentId: string, code: string) {
  const head = await actor(db, `bithu.${code.toLowerCase()}`);
  const ctx = ctxAt(db, head, '2022-12-28');
  const report = await getSelfAssessment(ctx, assignmentId);
  const profile = profileOf(code);
  const saved = await saveSelfAssessment(ctx, assignmentId, {
    version: 0,
    taskEntries: report.tasks.map((t) => ({
      taskId: t.taskId,
      selfScore: t.cancelled ? null : t.done ? t.weight : round2(t.weight * 0.8),
      explanation: t.done
        ? t.exceeded
          ? 'Hoàn thành vượt chỉ tiêu, có minh chứng kèm theo.'
          : 'Hoàn thành chỉ tiêu được giao.'
        : 'Chưa hoàn thành do vướng mắc về mặt bằng và nguồn lực.',
    })),
    criterionEntries: report.criteria.map((c) => ({ key: c.key, selfScore: CRITERION_SCORE[profile] })),
    summary: 'Năm 2022, Đảng ủy tập trung lãnh đạo thực hiện các nhiệm vụ trọng tâm được giao.',
    obstacles:
      profile === 'weak' ? 'Thị trường bất động sản trầm lắng, đấu giá quyền sử dụng đất không thành.' : null,
    directionRequests: null,
    proposals: 'Đề nghị huyện tiếp tục hỗ trợ kinh phí giải phóng mặt bằng.',
  });
  await submitSelfAssessment(ctx, assignmentId, { version: saved.version });
}

/** A member's score: the proposal, nudged by a few hundredths per member so the mean is not trivial. */
function memberScore(proposal: number, weight: number, member: number, task: number, head: number): number {
  const nudge = ((member * 7 + task * 3 + head * 5) % 5) - 2; // -2..2 tenths
  return Math.min(weight, Math.max(0, round2(proposal + nudge / 10)));
}

export async function seedEvaluation2022(db: Db, cycleId: string) {
  const yenLac = await unitByCode(db, 'VP-YL');
  const assigner = await actor(db, 'btc.yenlac');
  const members: { personId: string; userId: string; role: 'chair' | 'member' }[] = [];
  for (const [i, username] of COUNCIL_ACCOUNTS.entries()) {
    const a = await actor(db, username);
    members.push({ personId: a.personId!, userId: a.userId, role: i === 0 ? 'chair' : 'member' });
  }
  const council = await createCouncil(ctxAt(db, assigner, '2023-01-03'), cycleId, {
    assigningUnitId: yenLac.id,
    name: 'Hội đồng tư vấn đánh giá người đứng đầu cấp xã năm 2022',
    opensOn: '2023-01-05',
    closesOn: '2023-01-12',
    members,
  });

  const first = await mySheets(ctxAt(db, await actor(db, COUNCIL_ACCOUNTS[0]!), '2023-01-05'), council.id);
  const cohort = [];
  for (const h of first.heads) {
    const [unit] = await db.select({ code: units.code }).from(units).where(eq(units.id, h.unit.id));
    cohort.push({ assignmentId: h.assignmentId, code: unit!.code.replace('VP-YL-', '') });
  }
  for (const h of cohort) await selfAssess(db, h.assignmentId, h.code);

  for (const [m, username] of COUNCIL_ACCOUNTS.entries()) {
    const ctx = ctxAt(db, await actor(db, username), `2023-01-${String(6 + m).padStart(2, '0')}`);
    const mine = await mySheets(ctx, council.id);
    for (const [k, h] of mine.heads.entries()) {
      const profile = profileOf(cohort.find((c) => c.assignmentId === h.assignmentId)!.code);
      const live = h.tasks.filter((t) => !t.cancelled);
      await saveSheet(ctx, council.id, h.assignmentId, {
        version: h.sheet?.version ?? 0,
        tasks: live.map((t, i) => ({
          taskId: t.taskId,
          score: memberScore(t.proposal, t.weight, m, i, k),
          bonus: profile === 'excellent' && i === 0 ? 1 : null,
        })),
        criteria: mine.criteria.map((c) => ({
          key: c.key,
          score: Math.min(c.max, CRITERION_SCORE[profile] - (k % 4) * 0.25 + (m % 2 === 0 ? 0.25 : 0)),
        })),
        comment: profile === 'weak' ? 'Cần khắc phục các nhiệm vụ chưa hoàn thành.' : null,
        finished: true,
      });
    }
  }

  const table = await evaluateCouncil(ctxAt(db, assigner, '2023-01-13'), council.id);
  // The proposal names whom to move; heads tied at the cut are the body's choice: the first named.
  const tie = table.quota.tie;
  const moved = new Set([...table.quota.move, ...(tie ? tie.assignmentIds.slice(0, tie.toMove) : [])]);
  const finalized = await finalizeCouncil(ctxAt(db, assigner, '2023-01-16'), council.id, {
    version: table.councilVersion!,
    decisions: table.results.map((r) =>
      moved.has(r.assignmentId)
        ? {
            assignmentId: r.assignmentId,
            level: 'good' as const,
            reason:
              'Số người đứng đầu xếp loại "Hoàn thành xuất sắc nhiệm vụ" vượt 20% số người xếp loại "Hoàn thành tốt nhiệm vụ"; Ban Thường vụ thống nhất xếp loại theo đề xuất khống chế tỷ lệ.',
          }
        : { assignmentId: r.assignmentId, level: r.proposedLevel },
    ),
  });

  // The head moved down by the quota appeals; the Standing Committee upholds its decision.
  const movedResult = table.results.find((r) => moved.has(r.assignmentId));
  if (movedResult?.personId) {
    const [person] = await db.select().from(people).where(eq(people.id, movedResult.personId));
    const code = cohort.find((c) => c.assignmentId === movedResult.assignmentId)!.code;
    const head = await actor(db, `bithu.${code.toLowerCase()}`);
    const appealed = await fileAppeal(ctxAt(db, head, '2023-01-20'), movedResult.id, {
      reason: `Đồng chí ${person?.fullName ?? ''} đề nghị xem xét lại: toàn bộ nhiệm vụ hoàn thành trước hạn, vượt chỉ tiêu và được thẩm định xác nhận.`,
    });
    await answerAppeal(ctxAt(db, assigner, '2023-01-30'), appealed.appeal!.id, {
      version: appealed.appeal!.version,
      response:
        'Kết quả đánh giá của đồng chí đạt mức xuất sắc; tuy nhiên theo quy định về tỷ lệ, Ban Thường vụ giữ nguyên mức "Hoàn thành tốt nhiệm vụ" và ghi nhận thành tích để xem xét khen thưởng.',
      level: 'good',
    });
  }
  return { council: council.id, heads: cohort.length, finalized: finalized.finalizedAt !== null };
}
