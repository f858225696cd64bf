import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { issuedValue } from '../../db/repositories/assignments.ts';
import { findUnit, type UnitRow } from '../../db/repositories/units.ts';
import { units } from '../../db/schema/index.ts';
import {
  type AssignmentDecisionDoc,
  defaultBasis,
  renderAssignmentDecision,
} from '../../documents/docx/assignment-decision.ts';
import { type DocumentLayout, upperVi } from '../../documents/docx/vietnamese-format.ts';
import type { Direction, SupportKind, TaskTag } from '../../domain/assignment/task.ts';
import type { ServiceContext } from '../context.ts';
import { getAssignment } from './get-assignment.ts';

// Regulations in force from these dates may be cited; earlier decisions cite the Party Charter / local-government law only.
const QD366_FROM = '2025-08-30';

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

const placeOf = (name: string) =>
  name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Thị trấn|Quận|Xã|Phường)\s+/u, '');

/**
 * The assignment decision as .docx (SPEC §6): Party layout (Hướng dẫn 36-HD/VPTW)
 * issued by the assigning unit's Party committee, or state layout (Nghị định
 * 30/2020) issued by its People's Committee, with the task appendix.
 */
export async function renderDecision(ctx: ServiceContext, assignmentId: string, layout: DocumentLayout) {
  const d = await getAssignment(ctx, assignmentId);
  const assigning = d.assigningUnit;
  const parent = assigning.parentId ? await findUnit(ctx.db, assigning.parentId) : undefined;
  const issuer =
    (await bodyUnder(ctx.db, assigning, layout === 'party' ? 'party_committee' : 'peoples_committee')) ??
    assigning;
  const date = d.assignment.documentDate ?? d.cycle.startsOn;
  const party = layout === 'party';
  const doc: AssignmentDecisionDoc = {
    layout,
    superiorBodyName: party && parent ? upperVi(`Đảng bộ ${parent.name}`) : null,
    issuingBodyName: upperVi(issuer.name),
    assignerName: party ? `Ban Thường vụ ${issuer.name}` : issuer.name,
    documentNumber: d.assignment.documentNumber ?? '…',
    place: placeOf(assigning.name),
    date,
    cycleName: d.cycle.name.toLowerCase(),
    assignee: {
      fullName: d.head?.fullName ?? '…',
      postTitle: d.headPost?.title ?? '',
      unitName: d.assigneeUnit.name,
    },
    basis:
      date >= QD366_FROM
        ? defaultBasis(layout)
        : party
          ? ['Căn cứ Điều lệ Đảng Cộng sản Việt Nam;', `Căn cứ Quy chế làm việc của ${issuer.name};`]
          : ['Căn cứ Luật Tổ chức chính quyền địa phương;', `Căn cứ Quy chế làm việc của ${issuer.name};`],
    bottleneck: d.assignment.bottleneck,
    // The decision as issued: values before any later adjustment, cancelled tasks included.
    tasks: d.tasks.map((t, i) => {
      const original = <T>(field: 'weight' | 'deadline' | 'targetValue', current: T): T =>
        issuedValue(t, field, current);
      const targetValue = original(
        'targetValue',
        t.task.targetValue === null ? null : Number(t.task.targetValue),
      );
      return {
        index: i + 1,
        kind: t.task.kind as 'target' | 'deliverable',
        title: t.task.title,
        weight: (original('weight', t.task.weight) ?? 0) / 100,
        deadline: original('deadline', t.task.deadline) ?? date,
        tags: t.task.tags as TaskTag[],
        leadUnitName: (t.task.leadUnitId && d.units.get(t.task.leadUnitId)?.name) || d.assigneeUnit.name,
        coordinatingUnitNames: t.task.coordinatingUnitIds
          .map((id) => d.units.get(id)?.name ?? '')
          .filter(Boolean),
        metric: t.task.metric,
        unitOfMeasure: t.task.unitOfMeasure,
        baseline: t.task.baseline === null ? null : Number(t.task.baseline),
        targetValue,
        direction: t.task.direction as Direction | null,
        expectedProduct: t.task.expectedProduct,
        acceptanceCriteria: t.task.acceptanceCriteria,
        supportCommitments: t.support.map((s) => ({
          kind: s.kind as SupportKind,
          description: s.description,
          dueOn: s.dueOn,
        })),
      };
    }),
    resultsPart: d.policy.resultsPart / 100,
    signer: {
      authority: party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN',
      title: upperVi(d.assignment.signerTitle ?? (party ? 'Bí thư' : 'Chủ tịch')),
      fullName: d.assignment.signerName ?? '',
    },
    recipients: party
      ? ['Như Điều 3,', `Đồng chí ${d.head?.fullName ?? ''},`, 'Lưu Văn phòng.']
      : ['Như Điều 3;', `Đồng chí ${d.head?.fullName ?? ''};`, 'Lưu: VT.'],
  };
  const buffer = await renderAssignmentDecision(doc);
  const fileName = `quyet-dinh-giao-nhiem-vu-${d.assigneeUnit.code}-${layout}.docx`;
  return { buffer, fileName };
}
