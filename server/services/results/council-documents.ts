/**
 * The council's documents (SPEC §6): each member's score sheet and the summary sheet
 * (.xlsx and .docx), the cohort's result table (.xlsx) and the decision approving the
 * results (.docx, Party or state layout). Members' scores are disclosed once scoring has
 * closed (a member always gets their own sheet); the decision exists once finalized.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { findUnit, type UnitRow } from '../../db/repositories/units.ts';
import { assignments, units } from '../../db/schema/index.ts';
import { type CouncilSummaryDoc, renderCouncilSummary } from '../../documents/docx/council-summary.ts';
import { type DecisionLevel, renderResultsDecision } from '../../documents/docx/results-decision.ts';
import { type MemberScoreSheetDoc, renderMemberScoreSheet } from '../../documents/docx/score-sheet.ts';
import { type DocumentLayout, formatShortDate, upperVi } from '../../documents/docx/vietnamese-format.ts';
import {
  buildCouncilSummaryWorkbook,
  buildMemberScoreSheetWorkbook,
  buildResultsWorkbook,
} from '../../documents/excel/score-sheets.ts';
import { AppError } from '../../domain/app-error.ts';
import { roundHalfUpToHundredths } from '../../domain/scoring/exact.ts';
import { LEVEL_NAMES } from '../../domain/scoring/explanation-text.ts';
import { proposeTaskScore } from '../../domain/scoring/task-facts.ts';
import type { ServiceContext } from '../context.ts';
import type { CohortEntry } from '../evaluation/compute-cohort.ts';
import {
  type CouncilContext,
  loadCouncilContext,
  requireResultsReader,
  scoringClosed,
} from '../evaluation/council-access.ts';
import { computeAnnual } from '../evaluation/evaluate-council.ts';
import { getCouncilResults } from './get-results.ts';

const AGGREGATE_LABELS = {
  mean: 'trung bình cộng',
  median: 'trung vị',
  trimmed_mean:
    'trung bình cộng (sau khi bỏ một điểm cao nhất và một điểm thấp nhất từ 5 thành viên trở lên)',
} as const;
const QD366_FROM = '2025-08-30';

const placeOf = (name: string) =>
  name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Thị trấn|Quận|Xã|Phường)\s+/u, '');

/** The unit of `kind` directly under `unit` (a district's Huyện ủy or UBND), if any. */
async function bodyUnder(q: Queryable, unit: UnitRow, kind: string) {
  const [row] = await q
    .select()
    .from(units)
    .where(and(eq(units.parentId, unit.id), eq(units.kind, kind), sql`${units.closedOn} is null`))
    .orderBy(asc(units.code))
    .limit(1);
  return row;
}

/** Members' scores are sealed until scoring closes. */
function assertDisclosed(c: CouncilContext): void {
  if (!scoringClosed(c.council, c.today))
    throw new AppError('council_scores_sealed', { closesOn: formatShortDate(c.council.closesOn) });
}

/** The day the documents bear: when the council finalized, else when scoring closed. */
const documentDate = (c: CouncilContext) =>
  c.council.finalizedAt
    ? vietnamDate(c.council.finalizedAt)
    : c.council.closedAt
      ? vietnamDate(c.council.closedAt)
      : c.council.closesOn;

function headerOf(c: CouncilContext) {
  return {
    layout: 'party' as DocumentLayout,
    superiorBodyName: upperVi(c.assigningUnit.name),
    issuingBodyName: 'HỘI ĐỒNG TƯ VẤN',
    councilName: c.council.name,
    cycleName: c.cycle.name.toLowerCase(),
    place: placeOf(c.assigningUnit.name),
    date: documentDate(c),
  };
}

/** A member's own figures for one head: criteria + tasks + bonus capped, in hundredths. */
function memberTotal(entry: CohortEntry, memberId: string, bonusCap: number): number | null {
  const sheet = entry.head.sheetsByMember.get(memberId);
  if (!sheet || entry.head.recusedMemberIds.includes(memberId)) return null;
  const live = new Set(entry.evaluation.tasks.map((t) => t.facts.taskId));
  const tasks = (sheet.taskScores as { taskId: string; score: number; bonus?: number | null }[]).filter((t) =>
    live.has(t.taskId),
  );
  const criteria = sheet.criterionScores as { key: string; score: number }[];
  const bonus = tasks.reduce((s, t) => s + (t.bonus ?? 0), 0);
  return (
    criteria.reduce((s, x) => s + x.score, 0) +
    tasks.reduce((s, t) => s + t.score, 0) +
    Math.min(bonus, bonusCap)
  );
}

/** GET /councils/{id}/members/{memberId}/sheet.xlsx|.docx. */
export async function memberSheetDocument(
  ctx: ServiceContext,
  councilId: string,
  memberId: string,
  format: 'xlsx' | 'docx',
) {
  const c = await loadCouncilContext(ctx, ctx.db, councilId);
  requireResultsReader(c);
  const member = c.members.find((m) => m.id === memberId);
  const own = c.roles.member?.id === memberId;
  if (!member || (!own && !c.roles.isAssigner && !c.roles.isAdmin))
    throw new AppError('council_member_not_found');
  if (!own) assertDisclosed(c);
  const computed = await computeAnnual(ctx.db, c);
  const h = headerOf(c);
  const doc: MemberScoreSheetDoc = {
    ...h,
    member: { fullName: member.fullName, role: member.role === 'chair' ? 'chair' : 'member' },
    bonusPerTask: c.policy.bonusPerTask,
    bonusCap: c.policy.bonusCap,
    heads: computed.entries.map((e) => {
      const sheet = e.head.sheetsByMember.get(memberId);
      const tasks = (sheet?.taskScores ?? []) as { taskId: string; score: number; bonus?: number | null }[];
      const criteria = (sheet?.criterionScores ?? []) as { key: string; score: number }[];
      return {
        headName: e.head.person.fullName,
        postTitle: e.head.postTitle,
        unitName: e.head.unit.name,
        recused: e.head.recusedMemberIds.includes(memberId),
        tasks: e.evaluation.tasks.map((t) => {
          const mine = tasks.find((x) => x.taskId === t.facts.taskId);
          const loaded = e.head.tasks.findIndex((x) => x.task.id === t.facts.taskId);
          return {
            number: loaded + 1,
            title: e.head.tasks[loaded].task.title,
            weight: t.facts.weight,
            proposal: proposeTaskScore(t.facts, c.policy).proposal,
            score: mine?.score ?? null,
            bonus: mine ? (mine.bonus ?? 0) : null,
          };
        }),
        criteria: c.policy.generalCriteria.map((g) => ({
          label: g.label.vi,
          max: g.max,
          score: criteria.find((x) => x.key === g.key)?.score ?? null,
        })),
        total: memberTotal(e, memberId, c.policy.bonusCap),
      };
    }),
  };
  const name = `phieu-cham-diem-tv${member.position}`;
  return format === 'xlsx'
    ? { buffer: await buildMemberScoreSheetWorkbook(doc), fileName: `${name}.xlsx` }
    : { buffer: await renderMemberScoreSheet(doc), fileName: `${name}.docx` };
}

/** GET /councils/{id}/summary.xlsx|.docx. */
export async function councilSummaryDocument(
  ctx: ServiceContext,
  councilId: string,
  format: 'xlsx' | 'docx',
) {
  const c = await loadCouncilContext(ctx, ctx.db, councilId);
  requireResultsReader(c);
  assertDisclosed(c);
  const computed = await computeAnnual(ctx.db, c);
  const stored = c.council.finalizedAt ? await getCouncilResults(ctx, councilId) : null;
  const h = headerOf(c);
  const level = (l: string) => LEVEL_NAMES.vi[l as DecisionLevel];
  const doc: CouncilSummaryDoc = {
    ...h,
    aggregateLabel: AGGREGATE_LABELS[c.policy.aggregate],
    members: c.members.map((m) => ({ fullName: m.fullName, role: m.role === 'chair' ? 'chair' : 'member' })),
    chairName: c.members.find((m) => m.role === 'chair')?.fullName ?? '',
    heads: computed.entries.map((e) => {
      const t = e.evaluation.total;
      const decided =
        stored?.results.find((r) => r.assignmentId === e.head.assignment.id)?.decidedLevel ?? null;
      return {
        headName: e.head.person.fullName,
        postTitle: e.head.postTitle,
        unitName: e.head.unit.name,
        memberTotals: c.members.map((m) => memberTotal(e, m.id, c.policy.bonusCap)),
        general: roundHalfUpToHundredths(t.general),
        tasks: roundHalfUpToHundredths(t.tasks),
        bonus: roundHalfUpToHundredths(t.bonus),
        deductions: roundHalfUpToHundredths(t.deductions),
        total: t.rounded,
        proposedLevel: level(e.evaluation.classification.level),
        decidedLevel: decided ? level(decided) : null,
      };
    }),
  };
  return format === 'xlsx'
    ? { buffer: await buildCouncilSummaryWorkbook(doc), fileName: 'tong-hop-ket-qua-cham-diem.xlsx' }
    : { buffer: await renderCouncilSummary(doc), fileName: 'tong-hop-ket-qua-cham-diem.docx' };
}

/** GET /councils/{id}/results.xlsx: the stored results (computed at least once). */
export async function resultsWorkbook(ctx: ServiceContext, councilId: string) {
  const table = await getCouncilResults(ctx, councilId);
  if (table.results.length === 0) throw new AppError('results_not_evaluated');
  const c = await loadCouncilContext(ctx, ctx.db, councilId);
  const level = (l: string | null) => (l ? LEVEL_NAMES.vi[l as DecisionLevel] : null);
  const appealText = { open: 'Đang khiếu nại', upheld: 'Giữ nguyên', changed: 'Đã điều chỉnh' } as const;
  const buffer = await buildResultsWorkbook({
    title: `KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI NGƯỜI ĐỨNG ĐẦU ${c.cycle.name.toLocaleUpperCase('vi')}`,
    subtitle: `${c.assigningUnit.name} — ${table.finalizedAt ? 'đã phê duyệt' : 'dự kiến, chưa phê duyệt'}`,
    rows: table.results.map((r) => ({
      headName: r.headName,
      postTitle: r.postTitle,
      unitName: r.unitName,
      total: Math.round(Number(r.total) * 100),
      proposedLevel: level(r.proposedLevel)!,
      quotaProposal: r.quotaProposedLevel
        ? level(r.quotaProposedLevel)
        : r.quotaTie
          ? 'Đồng điểm tại ngưỡng tỷ lệ'
          : null,
      decidedLevel: level(r.decidedLevel),
      decisionReason: r.decidedLevel && r.decidedLevel !== r.proposedLevel ? r.decisionReason : null,
      appealUntil: r.appealUntil ? formatShortDate(r.appealUntil) : null,
      appeal: r.appeal ? appealText[r.appeal.state] : null,
    })),
    warning: table.quota.warning,
  });
  return { buffer, fileName: 'ket-qua-danh-gia-xep-loai.xlsx' };
}

/** GET /councils/{id}/decision.docx?layout=: the decision approving the finalized results. */
export async function resultsDecisionDocument(
  ctx: ServiceContext,
  councilId: string,
  layout: DocumentLayout,
) {
  const c = await loadCouncilContext(ctx, ctx.db, councilId);
  requireResultsReader(c);
  if (!c.council.finalizedAt) throw new AppError('council_not_finalized');
  const table = await getCouncilResults(ctx, councilId);
  const party = layout === 'party';
  const issuer =
    (await bodyUnder(ctx.db, c.assigningUnit, party ? 'party_committee' : 'peoples_committee')) ??
    c.assigningUnit;
  const parent = c.assigningUnit.parentId ? await findUnit(ctx.db, c.assigningUnit.parentId) : undefined;
  const date = documentDate(c);
  const assignerName = party ? `Ban Thường vụ ${issuer.name}` : issuer.name;
  const [signed] = await ctx.db
    .select({ name: assignments.signerName, title: assignments.signerTitle })
    .from(assignments)
    .where(
      and(eq(assignments.cycleId, c.council.cycleId), eq(assignments.assigningUnitId, c.assigningUnit.id)),
    )
    .limit(1);
  const buffer = await renderResultsDecision({
    layout,
    superiorBodyName: party && parent ? upperVi(`Đảng bộ ${parent.name}`) : null,
    issuingBodyName: upperVi(issuer.name),
    assignerName,
    documentNumber: '     -QĐ',
    place: placeOf(c.assigningUnit.name),
    date,
    cycleName: c.cycle.name.toLowerCase(),
    basis:
      date >= QD366_FROM
        ? [
            party ? 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;' : 'Căn cứ Luật Tổ chức chính quyền địa phương;',
            'Căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị;',
            `Xét đề nghị của ${c.council.name},`,
          ]
        : [
            party ? 'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;' : 'Căn cứ Luật Tổ chức chính quyền địa phương;',
            `Căn cứ Quy chế làm việc của ${issuer.name};`,
            `Xét đề nghị của ${c.council.name},`,
          ],
    appealDays: c.policy.appealDays,
    results: table.results.map((r) => ({
      headName: r.headName,
      postTitle: r.postTitle,
      unitName: r.unitName,
      total: Math.round(Number(r.total) * 100),
      level: r.level,
    })),
    signer: {
      authority: party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN',
      title: upperVi(signed?.title ?? (party ? 'Bí thư' : 'Chủ tịch')),
      fullName: signed?.name ?? '',
    },
    recipients: party
      ? ['Như Điều 3,', 'Các đồng chí có tên tại Điều 1,', 'Lưu Văn phòng.']
      : ['Như Điều 3;', 'Các đồng chí có tên tại Điều 1;', 'Lưu: VT.'],
  });
  return { buffer, fileName: `quyet-dinh-phe-duyet-ket-qua-${layout}.docx` };
}
