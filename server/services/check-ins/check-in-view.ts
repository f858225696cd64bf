import { asc, inArray } from 'drizzle-orm';
import type { CheckInDto, EvidenceDto } from '../../../contracts/check-ins.ts';
import type { Queryable } from '../../db/client.ts';
import type { CheckInRow } from '../../db/repositories/execution.ts';
import { evidence, users } from '../../db/schema/index.ts';

type EvidenceRow = typeof evidence.$inferSelect;

/** Check-ins as the API shows them: evidence, who entered them, and which entry replaced which. */
export async function checkInViews(q: Queryable, rows: readonly CheckInRow[]): Promise<CheckInDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const items = await q
    .select()
    .from(evidence)
    .where(inArray(evidence.checkInId, ids))
    .orderBy(asc(evidence.position));
  const userIds = [
    ...new Set(rows.flatMap((r) => [r.createdBy, r.onBehalfOf]).filter((x): x is string => !!x)),
  ];
  const people = await q
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, userIds));
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const person = (id: string) => ({ userId: id, displayName: nameOf.get(id) ?? '' });
  const correctedBy = new Map(rows.filter((r) => r.correctsId).map((r) => [r.correctsId!, r.id]));
  return rows.map((r) => ({
    id: r.id,
    taskId: r.taskId,
    assignmentId: r.assignmentId,
    reportedOn: r.reportedOn,
    value: r.value === null ? null : Number(r.value),
    percent: r.percent,
    narrative: r.narrative,
    submitsProduct: r.submitsProduct,
    corrects: r.correctsId ? { checkInId: r.correctsId, reason: r.correctionReason ?? '' } : null,
    correctedBy: correctedBy.get(r.id) ?? null,
    inForce: !correctedBy.has(r.id),
    createdBy: person(r.createdBy),
    onBehalfOf: r.onBehalfOf ? person(r.onBehalfOf) : null,
    createdAt: new Date(r.createdAt).toISOString(),
    evidence: items.filter((e) => e.checkInId === r.id).map(evidenceView),
  }));
}

function evidenceView(e: EvidenceRow): EvidenceDto {
  return {
    id: e.id,
    position: e.position,
    kind: e.kind as EvidenceDto['kind'],
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    downloadUrl: e.kind === 'file' ? `/api/evidence/${e.id}/file` : null,
    url: e.url,
    documentNumber: e.documentNumber,
    documentDate: e.documentDate,
    title: e.title,
  };
}
