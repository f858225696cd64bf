import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { loadTasks } from '../../db/repositories/assignments.ts';
import { findPost, listPostsWithTerms } from '../../db/repositories/posts.ts';
import { findUnit, type UnitRow } from '../../db/repositories/units.ts';
import { units, urgingNotices } from '../../db/schema/index.ts';
import {
  renderUrgingNotice as renderDocx,
  type UrgingNoticeDoc,
} from '../../documents/docx/urging-notice.ts';
import { type DocumentLayout, upperVi } from '../../documents/docx/vietnamese-format.ts';
import { AppError } from '../../domain/app-error.ts';
import { termAt } from '../../domain/posts.ts';
import { loadAssignmentContext } from '../assignments/load-context.ts';
import type { ServiceContext } from '../context.ts';
import { taskStatuses } from '../execution/task-statuses.ts';

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

const notFound = () => new AppError('urging_notice_not_found');

/**
 * An urging notice as .docx, issued like the assignment decision: by the assigning
 * unit's Party committee (Party layout) or its People's Committee (state layout). The
 * tasks show their deadline in force and status on the notice's date.
 */
export async function renderUrgingNotice(ctx: ServiceContext, noticeId: string, layout: DocumentLayout) {
  const [notice] = await ctx.db.select().from(urgingNotices).where(eq(urgingNotices.id, noticeId));
  if (!notice) throw notFound();
  // A notice is read with its assignment: whoever cannot read the one does not learn of the other.
  const c = await loadAssignmentContext(ctx, ctx.db, notice.assignmentId).catch((error) => {
    throw error instanceof AppError && error.code === 'not_found' ? notFound() : error;
  });
  const date = notice.documentDate;
  const loaded = await loadTasks(ctx.db, notice.assignmentId);
  const statuses = await taskStatuses(ctx.db, {
    loaded,
    headPostId: c.assignment.headPostId,
    issuedAt: c.assignment.issuedAt,
    cycleEnd: c.cycle.endsOn,
    policy: { dueSoonDays: c.policy.dueSoonDays, silentDays: c.policy.silentDays },
    today: date,
  });
  // The head post may sit in a unit under the assignee (a commune's head, in its Party committee).
  const post = await findPost(ctx.db, c.assignment.headPostId);
  const headPost = post
    ? (await listPostsWithTerms(ctx.db, post.unitId)).find((p) => p.id === post.id)
    : undefined;
  const holder = headPost ? termAt(headPost.terms, date) : undefined;

  const assigning = c.assigningUnit;
  const parent = assigning.parentId ? await findUnit(ctx.db, assigning.parentId) : undefined;
  const party = layout === 'party';
  const issuer =
    (await bodyUnder(ctx.db, assigning, party ? 'party_committee' : 'peoples_committee')) ?? assigning;
  const issuerName = party ? `Ban Thường vụ ${issuer.name}` : issuer.name;
  const headName = holder?.personName ?? null;

  const byId = new Map(loaded.map((t) => [t.task.id, t.task]));
  const doc: UrgingNoticeDoc = {
    layout,
    superiorBodyName: party && parent ? upperVi(`Đảng bộ ${parent.name}`) : null,
    issuingBodyName: upperVi(issuer.name),
    issuerName,
    documentNumber: notice.documentNumber,
    place: placeOf(assigning.name),
    date,
    cycleName: c.cycle.name.toLowerCase(),
    recipient: { fullName: headName, postTitle: headPost?.title ?? '', unitName: c.assigneeUnit.name },
    assignment: { documentNumber: c.assignment.documentNumber, documentDate: c.assignment.documentDate },
    tasks: notice.taskIds
      .filter((id) => byId.has(id))
      .map((id, i) => {
        const view = statuses.get(id)!;
        return {
          index: i + 1,
          title: byId.get(id)!.title,
          deadlineInForce: view.view.deadlineInForce,
          originalDeadline: view.view.extended ? view.view.originalDeadline : null,
          status: view.view.status,
          lastCheckIn: view.lastCheckIn?.reportedOn ?? null,
        };
      }),
    body: notice.body,
    respondBy: notice.respondBy,
    signer: {
      authority: party ? 'T/M BAN THƯỜNG VỤ' : 'TM. ỦY BAN NHÂN DÂN',
      title: upperVi(notice.signerTitle ?? (party ? 'Bí thư' : 'Chủ tịch')),
      fullName: notice.signerName,
    },
    recipients: party
      ? ['Như trên,', 'Ban Tổ chức,', 'Lưu Văn phòng.']
      : ['Như trên;', 'Phòng Nội vụ;', 'Lưu: VT.'],
  };
  const buffer = await renderDocx(doc);
  const fileName = `van-ban-don-doc-${c.assigneeUnit.code}-${date}-${layout}.docx`;
  return { buffer, fileName };
}
