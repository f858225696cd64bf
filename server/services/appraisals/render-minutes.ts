import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loadTasks, toDomainTask } from '../../db/repositories/assignments.ts';
import { currentPostsOf, findPost, termsOfPost } from '../../db/repositories/posts.ts';
import { findAncestors, findUnit, type UnitRow } from '../../db/repositories/units.ts';
import { people, units, users } from '../../db/schema/index.ts';
import { type MinutesItem, renderAppraisalMinutes } from '../../documents/docx/appraisal-minutes.ts';
import { type DocumentLayout, upperVi } from '../../documents/docx/vietnamese-format.ts';
import { valueInForce } from '../../domain/assignment/task.ts';
import { termAt } from '../../domain/posts.ts';
import type { ServiceContext } from '../context.ts';
import { getAppraisal } from './list-appraisals.ts';

/** Kinds of unit that are places (the "Yên Lạc" of "Yên Lạc, ngày …"), as opposed to bodies inside them. */
const PLACE_KINDS = new Set(['province', 'city', 'district', 'town', 'commune', 'ward']);
const placeOf = (name: string) =>
  name.replace(/^(Tỉnh|Thành phố|Huyện|Thị xã|Thị trấn|Quận|Xã|Phường)\s+/u, '');

/** The place a unit writes its documents from: the nearest enclosing territorial unit. */
async function placeName(q: Queryable, unit: UnitRow): Promise<string> {
  if (PLACE_KINDS.has(unit.kind)) return placeOf(unit.name);
  const area = (await findAncestors(q, unit)).reverse().find((u) => PLACE_KINDS.has(u.kind));
  return placeOf(area?.name ?? unit.name);
}

/** The body that decides for an assigning unit: its Party committee (Party layout) or People's Committee (state). */
async function assignerName(q: Queryable, assigning: UnitRow, layout: DocumentLayout): Promise<string> {
  const kind = layout === 'party' ? 'party_committee' : 'peoples_committee';
  const [body] = await q
    .select({ name: units.name })
    .from(units)
    .where(and(eq(units.parentId, assigning.id), eq(units.kind, kind), isNull(units.closedOn)))
    .orderBy(asc(units.code))
    .limit(1);
  if (!body) return assigning.name;
  return layout === 'party' ? `Ban Thường vụ ${body.name}` : body.name;
}

/** The person who recorded the appraisal, with the post they held that day. */
async function recorder(q: Queryable, userId: string, on: string) {
  const [row] = await q
    .select({ displayName: users.displayName, personId: users.personId, fullName: people.fullName })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, userId));
  const post = row?.personId ? (await currentPostsOf(q, [row.personId], on))[0] : undefined;
  return { title: post?.postTitle ?? '', fullName: row?.fullName ?? row?.displayName ?? '' };
}

/**
 * The appraisal minutes (biên bản kiểm tra, thẩm định) as .docx, issued by the
 * appraising unit in the Party or the state layout; the head is whoever held the
 * head post on the appraisal date.
 */
export async function renderMinutes(ctx: ServiceContext, appraisalId: string, layout: DocumentLayout) {
  const { appraisal: a, context: c } = await getAppraisal(ctx, appraisalId);
  const q = ctx.db;
  const appraising = (await findUnit(q, a.appraiserUnit.id))!;
  const parent = appraising.parentId ? await findUnit(q, appraising.parentId) : undefined;
  const post = await findPost(q, c.assignment.headPostId);
  const terms = await termsOfPost(q, c.assignment.headPostId);
  const term = termAt(terms, a.appraisedOn) ?? [...terms].sort((x, y) => (x.startOn < y.startOn ? 1 : -1))[0];
  const [head] = term ? await q.select().from(people).where(eq(people.id, term.personId)) : [];
  const loaded = new Map((await loadTasks(q, a.assignmentId)).map((t) => [t.task.id, t]));
  const items: MinutesItem[] = a.items.map((item) => {
    const t = loaded.get(item.taskId)!;
    const task = toDomainTask(t, c.assignment.headPostId);
    return {
      number: item.taskNumber,
      title: item.taskTitle,
      kind: item.taskKind,
      unitOfMeasure: item.unitOfMeasure,
      targetValue: task.kind === 'target' ? (valueInForce(task, 'targetValue', a.appraisedOn) ?? null) : null,
      direction: task.kind === 'target' ? task.direction : null,
      verifiedValue: item.verifiedValue,
      verifiedFraction: item.verifiedFraction,
      progress: item.progress,
      productDecision: item.productDecision,
      decisionReason: item.decisionReason,
      exceeded: item.exceeded,
      findings: item.findings,
      recommendation: item.recommendation,
    };
  });
  const buffer = await renderAppraisalMinutes({
    layout,
    superiorBodyName: parent ? upperVi(parent.name) : null,
    issuingBodyName: upperVi(appraising.name),
    appraisingUnitName: appraising.name,
    place: await placeName(q, appraising),
    date: a.appraisedOn,
    kind: a.kind,
    quarter: a.quarter,
    cycleName: c.cycle.name.toLowerCase(),
    assignee: {
      fullName: head?.fullName ?? '…',
      postTitle: post?.title ?? '',
      unitName: c.assigneeUnit.name,
    },
    decision: {
      documentNumber: c.assignment.documentNumber,
      documentDate: c.assignment.documentDate,
      assignerName: await assignerName(q, c.assigningUnit, layout),
    },
    items,
    findings: a.findings,
    recommendations: a.recommendations,
    appraiserSigner: await recorder(q, a.createdBy.id, a.appraisedOn),
  });
  const when = a.appraisedOn.replaceAll('-', '');
  return { buffer, fileName: `bien-ban-tham-dinh-${c.assigneeUnit.code}-${when}-${layout}.docx` };
}
