import { and, asc, eq, isNull } from 'drizzle-orm';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import {
  renderSelfAssessmentReport,
  type SelfAssessmentReportDoc,
} from '../../documents/docx/self-assessment-report.ts';
import { type DocumentLayout, upperVi } from '../../documents/docx/vietnamese-format.ts';
import type { ServiceContext } from '../context.ts';
import { toPoints } from '../scoring/score-input.ts';
import type { CriterionEntry, TaskEntry } from './entries.ts';
import { loadSelfAssessment } from './get-self-assessment.ts';

/** The body of `kind` directly under a unit (a commune's Đảng ủy or UBND), if the tree has one. */
async function bodyUnder(q: Queryable, unitId: string, kind: string) {
  const [row] = await q
    .select()
    .from(units)
    .where(and(eq(units.parentId, unitId), eq(units.kind, kind), isNull(units.closedOn)))
    .orderBy(asc(units.code))
    .limit(1);
  return row;
}

const placeOf = (name: string) =>
  name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Thị trấn|Quận|Xã|Phường|Sở)\s+/u, '');

/**
 * The head's report as .docx in the Party or state layout: the draft as it stands today
 * (marked as a draft), or the submitted report exactly as frozen.
 */
export async function renderSelfAssessment(
  ctx: ServiceContext,
  assignmentId: string,
  layout: DocumentLayout,
) {
  const { c, row, report } = await loadSelfAssessment(ctx, assignmentId);
  const party = layout === 'party';
  const own = await bodyUnder(ctx.db, c.assigneeUnit.id, party ? 'party_committee' : 'peoples_committee');
  const assigningBody = await bodyUnder(
    ctx.db,
    c.assigningUnit.id,
    party ? 'party_committee' : 'peoples_committee',
  );
  const taskEntries = (row?.taskEntries ?? []) as TaskEntry[];
  const criterionEntries = (row?.criterionEntries ?? []) as CriterionEntry[];
  const score = (h: number | null | undefined) => (h === null || h === undefined ? null : toPoints(h));
  const doc: SelfAssessmentReportDoc = {
    layout,
    superiorBodyName: party ? upperVi(`Đảng bộ ${c.assigningUnit.name}`) : null,
    unitName: upperVi(own?.name ?? (party ? `Đảng ủy ${c.assigneeUnit.name}` : c.assigneeUnit.name)),
    place: placeOf(c.assigneeUnit.name),
    date: row?.submittedAt ? vietnamDate(row.submittedAt) : vietnamDate(ctx.clock()),
    cycleName: report.cycle.name.toLowerCase(),
    draft: row?.state !== 'submitted',
    head: {
      fullName: report.head?.fullName ?? '…',
      postTitle: report.head?.postTitle ?? '',
      unitName: report.unit.name,
    },
    assignment: {
      documentNumber: report.document.number,
      documentDate: report.document.date,
      assignerName: party
        ? `Ban Thường vụ ${assigningBody?.name ?? c.assigningUnit.name}`
        : (assigningBody?.name ?? c.assigningUnit.name),
    },
    tasks: report.tasks.map((t) => {
      const entry = taskEntries.find((e) => e.taskId === t.taskId);
      return {
        number: t.number,
        title: t.title,
        kind: t.kind,
        weight: toPoints(t.weight),
        cancelled: t.cancelled,
        status: t.status,
        exceeded: t.exceeded,
        atRisk: t.atRisk,
        unitOfMeasure: t.unitOfMeasure,
        targetValue: t.targetValue,
        finalActual: t.result.finalActual,
        fraction: t.result.fraction,
        verified: t.result.verified,
        evidenceCount: t.evidenceCount,
        explanation: entry?.explanation ?? null,
        selfScore: score(entry?.selfScore),
      };
    }),
    criteria: report.criteria.map((g) => ({
      label: g.label.vi,
      max: toPoints(g.max),
      selfScore: score(criterionEntries.find((e) => e.key === g.key)?.selfScore),
    })),
    summary: row?.summary ?? null,
    obstacles: row?.obstacles ?? null,
    directionRequests: row?.directionRequests ?? null,
    proposals: row?.proposals ?? null,
  };
  const buffer = await renderSelfAssessmentReport(doc);
  return { buffer, fileName: `bao-cao-tu-danh-gia-${c.assigneeUnit.code}-${layout}.docx` };
}
