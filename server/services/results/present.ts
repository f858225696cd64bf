/**
 * Stored results as the API shows them: totals as "89.50", the explanation rendered in
 * the caller's language (unit names instead of ids), the appeal and the history, and the
 * cohort's quota proposal with a warning naming the heads it would move.
 */
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Locale } from '../../../contracts/errors.ts';
import type { LevelDto, ResultDto } from '../../../contracts/results.ts';
import type { Queryable } from '../../db/client.ts';
import {
  appeals,
  assignments,
  councils,
  cycles,
  evaluationResultHistory,
  evaluationResults,
  people,
  posts,
  units,
} from '../../db/schema/index.ts';
import type { Classification, Condition } from '../../domain/scoring/classify.ts';
import { formatHundredths } from '../../domain/scoring/exact.ts';
import { formatScore, LEVEL_NAMES, renderExplanation } from '../../domain/scoring/explanation-text.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import { proposeQuota } from '../../domain/scoring/quota.ts';
import type { StoredExplanation } from '../evaluation/compute-cohort.ts';

/** Result rows with what the table shows about them. */
export async function loadResultRows(q: Queryable, where: SQL) {
  return q
    .select({
      result: evaluationResults,
      assignment: assignments,
      unit: units,
      postTitle: posts.title,
      cycle: cycles,
      personName: people.fullName,
      councilId: councils.id,
    })
    .from(evaluationResults)
    .innerJoin(assignments, eq(assignments.id, evaluationResults.assignmentId))
    .innerJoin(units, eq(units.id, assignments.assigneeUnitId))
    .innerJoin(posts, eq(posts.id, assignments.headPostId))
    .innerJoin(cycles, eq(cycles.id, assignments.cycleId))
    .leftJoin(people, eq(people.id, evaluationResults.personId))
    .leftJoin(
      councils,
      and(
        eq(councils.cycleId, assignments.cycleId),
        eq(councils.assigningUnitId, assignments.assigningUnitId),
      ),
    )
    .where(where)
    .orderBy(asc(cycles.startsOn), asc(evaluationResults.quarter), asc(units.code));
}

export type ResultRow = Awaited<ReturnType<typeof loadResultRows>>[number];

/** "89.50": exact hundredths as text. */
export const totalText = (h: number): string => formatHundredths(h);

const KIND_NAMES: Record<Locale, Record<string, string>> = {
  vi: { discipline: 'kỷ luật', corruption: 'tham nhũng, tiêu cực trong đơn vị', other: 'vi phạm khác' },
  en: { discipline: 'discipline', corruption: 'corruption in the unit', other: 'other' },
};

/** The classification with unit ids and event kinds replaced by names, ready to render. */
function named(c: Classification, unitNames: Map<string, string>, locale: Locale): Classification {
  const rename = (cond: Condition): Condition => {
    const p = { ...cond.params };
    if (Array.isArray(p.unitIds)) p.unitIds = (p.unitIds as string[]).map((id) => unitNames.get(id) ?? id);
    if (Array.isArray(p.kinds)) p.kinds = (p.kinds as string[]).map((k) => KIND_NAMES[locale][k] ?? k);
    return { ...cond, params: p };
  };
  return { ...c, decisive: c.decisive.map(rename) };
}

function explanationLines(
  row: ResultRow,
  record: StoredExplanation,
  unitNames: Map<string, string>,
  locale: Locale,
): string[] {
  const vi = locale === 'vi';
  const r = row.result;
  // a result stored without the evaluation record (e.g. imported) still shows its level and total
  const lines = record.classification
    ? renderExplanation(named(record.classification, unitNames, locale), locale)
    : [
        vi
          ? `Xếp loại: ${LEVEL_NAMES.vi[(r.decidedLevel ?? r.proposedLevel) as LevelDto]} (tổng điểm ${formatScore(r.total, locale)})`
          : `Level: ${LEVEL_NAMES.en[(r.decidedLevel ?? r.proposedLevel) as LevelDto]} (total ${formatScore(r.total, locale)})`,
      ];
  if (r.quarter > 0)
    lines.push(vi ? `Kết quả tạm thời quý ${r.quarter}.` : `Provisional result, quarter ${r.quarter}.`);
  if (record.complete === false)
    lines.push(
      vi
        ? `Chưa đủ điểm chấm: ${record.missing?.length ?? 0} nội dung chưa được thành viên nào chấm.`
        : `Incomplete: ${record.missing?.length ?? 0} items have no member’s score.`,
    );
  if (record.total?.clamped)
    lines.push(vi ? 'Tổng điểm được giới hạn trong khoảng 0-100.' : 'The total was clamped to 0-100.');
  if (record.quota?.move)
    lines.push(
      vi
        ? `Theo tỷ lệ trong nhóm đánh giá, đề xuất chuyển xuống mức ${LEVEL_NAMES.vi.good}.`
        : `The cohort quota proposes moving this head down to ${LEVEL_NAMES.en.good}.`,
    );
  if (record.quota?.tie)
    lines.push(
      vi
        ? 'Đồng tổng điểm tại ngưỡng tỷ lệ: cơ quan giao nhiệm vụ lựa chọn người chuyển xuống mức tốt.'
        : 'Tied at the quota cut: the assigning body picks who moves down to good.',
    );
  if (r.decidedLevel && r.decidedLevel !== r.proposedLevel) {
    const name = LEVEL_NAMES[locale][r.decidedLevel as LevelDto];
    lines.push(
      vi
        ? `Cơ quan giao nhiệm vụ quyết định: ${name}. Lý do: ${r.decisionReason ?? ''}`
        : `The assigning body decided: ${name}. Reason: ${r.decisionReason ?? ''}`,
    );
  }
  return lines;
}

/** Presents stored result rows, with appeals, history and names, in the caller's language. */
export async function presentResults(q: Queryable, rows: ResultRow[], locale: Locale): Promise<ResultDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.result.id);
  const appealRows = await q.select().from(appeals).where(inArray(appeals.resultId, ids));
  const historyRows = await q
    .select()
    .from(evaluationResultHistory)
    .where(inArray(evaluationResultHistory.resultId, ids))
    .orderBy(asc(evaluationResultHistory.changedAt));
  const unitIds = new Set<string>();
  for (const r of rows) {
    const c = (r.result.explanation as Partial<StoredExplanation>).classification;
    for (const cond of c?.decisive ?? [])
      for (const id of (cond.params.unitIds as string[] | undefined) ?? []) unitIds.add(id);
  }
  const unitNames = new Map(
    unitIds.size
      ? (
          await q
            .select({ id: units.id, name: units.name })
            .from(units)
            .where(inArray(units.id, [...unitIds]))
        ).map((u) => [u.id, u.name] as const)
      : [],
  );
  return rows.map((row): ResultDto => {
    const r = row.result;
    const record = r.explanation as StoredExplanation;
    const appeal = appealRows.find((a) => a.resultId === r.id);
    return {
      id: r.id,
      assignmentId: r.assignmentId,
      councilId: row.councilId ?? null,
      cycleId: row.cycle.id,
      cycleName: row.cycle.name,
      quarter: r.quarter,
      provisional: r.quarter > 0,
      personId: r.personId,
      headName: row.personName ?? '',
      unitId: row.unit.id,
      unitName: row.unit.name,
      postTitle: row.postTitle,
      total: totalText(r.total),
      proposedLevel: r.proposedLevel as LevelDto,
      quotaProposedLevel: (r.quotaProposedLevel as LevelDto | null) ?? null,
      quotaTie: record.quota?.tie ?? false,
      decidedLevel: (r.decidedLevel as LevelDto | null) ?? null,
      level: (r.decidedLevel ?? r.proposedLevel) as LevelDto,
      decisionReason: r.decisionReason,
      finalizedAt: r.finalizedAt?.toISOString() ?? null,
      appealUntil: r.appealUntil,
      complete: record.complete ?? true,
      missing: record.missing ?? [],
      explanation: explanationLines(row, record, unitNames, locale),
      record: record as unknown as Record<string, unknown>,
      appeal: appeal
        ? {
            id: appeal.id,
            state: appeal.state as 'open' | 'upheld' | 'changed',
            filedOn: appeal.filedOn,
            reason: appeal.reason,
            response: appeal.response,
            newLevel: (appeal.newLevel as LevelDto | null) ?? null,
            answeredOn: appeal.answeredOn,
            version: appeal.version,
          }
        : null,
      history: historyRows
        .filter((h) => h.resultId === r.id)
        .map((h) => ({
          level: h.level as LevelDto,
          total: totalText(h.total),
          reason: h.reason,
          cause: h.cause,
          changedAt: h.changedAt.toISOString(),
        })),
      version: r.version,
    };
  });
}

/** The cohort's quota proposal over the proposed levels, keyed by assignment, with a warning. */
export function quotaOf(results: ResultDto[], policy: ScoringPolicy, locale: Locale) {
  const q = proposeQuota(
    results.map((r) => ({
      headId: r.assignmentId,
      level: r.proposedLevel,
      total: Math.round(Number(r.total) * 100),
    })),
    policy,
  );
  const name = (id: string) => {
    const r = results.find((x) => x.assignmentId === id);
    return r ? `${r.headName} (${r.unitName})` : id;
  };
  const vi = locale === 'vi';
  let warning: string | null = null;
  if (q.breach) {
    const pct = formatScore(Math.round(policy.excellentQuotaPercentOfGood * 100), locale);
    const head = vi
      ? `Số xếp loại ${LEVEL_NAMES.vi.excellent} (${q.excellent}) vượt ${pct}% số xếp loại ${LEVEL_NAMES.vi.good} (${q.good}). Đề xuất chuyển ${q.movesNeeded} người xuống mức ${LEVEL_NAMES.vi.good}`
      : `${q.excellent} rated ${LEVEL_NAMES.en.excellent} exceeds ${pct}% of the ${q.good} rated ${LEVEL_NAMES.en.good}. Proposed: move ${q.movesNeeded} down to ${LEVEL_NAMES.en.good}`;
    const moved = q.move.length ? `: ${q.move.map(name).join('; ')}` : '';
    const tie = q.tie
      ? vi
        ? `. Đồng tổng điểm ${formatScore(q.tie.total, locale)} tại ngưỡng: ${q.tie.headIds.map(name).join('; ')} (chọn ${q.tie.toMove} người)`
        : `. Tied at ${formatScore(q.tie.total, locale)}: ${q.tie.headIds.map(name).join('; ')} (pick ${q.tie.toMove})`
      : '';
    warning = `${head}${moved}${tie}. ${vi ? 'Cơ quan giao nhiệm vụ quyết định.' : 'The assigning body decides.'}`;
  }
  return {
    breach: q.breach,
    excellent: q.excellent,
    good: q.good,
    movesNeeded: q.movesNeeded,
    move: q.move,
    tie: q.tie ? { total: totalText(q.tie.total), assignmentIds: q.tie.headIds, toMove: q.tie.toMove } : null,
    after: q.after,
    warning,
  };
}
