/**
 * The head, or a delegate on the head's behalf, reports progress on a task with its
 * evidence (SPEC §2 "Check-in"). Nothing is stored for refused input: files are checked
 * and hashed first, the rules are checked on a read, and only then are the bytes put
 * in the content-addressed storage and the rows written in one transaction, which
 * re-checks the rules under the assignment's lock. A check-in is never edited; a
 * correction is a new entry naming the one it replaces.
 */
import { eq, sql } from 'drizzle-orm';
import type { CheckInData, CheckInDto } from '../../../contracts/check-ins.ts';
import { vietnamDate } from '../../clock.ts';
import { appendAudit } from '../../db/audit-log.ts';
import type { Queryable } from '../../db/client.ts';
import { assignments, blobs, checkIns, evidence } from '../../db/schema/index.ts';
import { AppError } from '../../domain/app-error.ts';
import { transition } from '../../domain/assignment/lifecycle.ts';
import type { FileStorage } from '../../storage/file-storage.ts';
import type { ServiceContext } from '../context.ts';
import { assertCheckInAllowed } from './check-in-rules.ts';
import { checkInViews } from './check-in-view.ts';
import { type EvidenceUpload, type PreparedFile, prepareUploads } from './evidence-uploads.ts';
import { loadTaskContext } from './load-task-context.ts';

/** Records a check-in (or a correction of one) with its files, links and documents. */
export async function recordCheckIn(
  ctx: ServiceContext,
  storage: FileStorage,
  taskId: string,
  data: CheckInData,
  uploads: readonly EvidenceUpload[] = [],
): Promise<CheckInDto> {
  const files = prepareUploads(uploads);
  // Refuse on a plain read first, so that refused input never reaches the storage.
  await checkAllowed(ctx, ctx.db, taskId, data, files.length, false);
  const written = new Set<string>();
  for (const file of files) {
    if (written.has(file.sha256)) continue;
    await storage.put(file.bytes);
    written.add(file.sha256);
  }
  const row = await ctx.db.transaction(async (tx) => {
    const c = await checkAllowed(ctx, tx, taskId, data, files.length, true);
    if (c.state === 'committed') {
      // The first report puts the work in progress.
      const state = transition({ state: c.state }, { type: 'start' }, c.roles);
      const [started] = await tx
        .update(assignments)
        .set({ state, version: sql`${assignments.version} + 1`, updatedAt: ctx.clock() })
        .where(eq(assignments.id, c.assignment.id))
        .returning();
      await appendAudit(tx, c.auditCtx, {
        action: 'assignment.start',
        entityType: 'assignment',
        entityId: c.assignment.id,
        before: c.assignment,
        after: started,
      });
    }
    for (const file of files)
      await tx
        .insert(blobs)
        .values({ sha256: file.sha256, sizeBytes: file.sizeBytes, mediaType: file.mediaType })
        .onConflictDoNothing();
    const [created] = await insertCheckIn(tx, {
      taskId,
      assignmentId: c.assignment.id,
      reportedOn: data.reportedOn,
      value: data.value === undefined ? null : String(data.value),
      percent: data.percent ?? null,
      narrative: blankToNull(data.narrative),
      submitsProduct: data.submitsProduct ?? false,
      correctsId: data.corrects?.checkInId ?? null,
      correctionReason: data.corrects?.reason ?? null,
      createdBy: ctx.actor.userId,
      onBehalfOf: c.auditCtx.onBehalfOfUserId ?? null,
    });
    const rows = evidenceRows(created!.id, files, data);
    const stored = rows.length ? await tx.insert(evidence).values(rows).returning() : [];
    await appendAudit(tx, c.auditCtx, {
      action: data.corrects ? 'check_in.correct' : 'check_in.record',
      entityType: 'check_in',
      entityId: created!.id,
      before: null,
      after: { ...created, evidence: stored },
    });
    return created!;
  });
  const [view] = await checkInViews(ctx.db, [row]);
  return view!;
}

/** Who may report, the task's state and the rules; with `lock`, under the assignment's row lock. */
async function checkAllowed(
  ctx: ServiceContext,
  q: Queryable,
  taskId: string,
  data: CheckInData,
  fileCount: number,
  lock: boolean,
) {
  const c = await loadTaskContext(ctx, q, taskId, { lock });
  if (!c.isReporter) throw new AppError('check_in_not_reporter');
  assertCheckInAllowed(
    {
      task: c.task,
      assignmentState: c.state,
      issuedOn: c.issuedOn,
      cycleEnd: c.cycle.endsOn,
      today: vietnamDate(ctx.clock()),
      evidenceCount: fileCount + (data.links?.length ?? 0) + (data.documents?.length ?? 0),
    },
    data,
  );
  if (data.corrects) await assertCorrectable(q, taskId, data.corrects.checkInId);
  return c;
}

/** The entry to correct belongs to this task and nobody has corrected it yet. */
async function assertCorrectable(q: Queryable, taskId: string, checkInId: string) {
  const field = [{ field: 'corrects.checkInId', code: 'invalid' }];
  const [old] = await q.select().from(checkIns).where(eq(checkIns.id, checkInId));
  if (!old || old.taskId !== taskId) throw new AppError('check_in_correction_other_task', {}, field);
  const [already] = await q
    .select({ id: checkIns.id })
    .from(checkIns)
    .where(eq(checkIns.correctsId, checkInId));
  if (already) throw new AppError('check_in_already_corrected', { checkInId: already.id }, field);
}

// The unique index on corrects_id is the last word when two corrections race.
async function insertCheckIn(q: Queryable, values: typeof checkIns.$inferInsert) {
  try {
    return await q.insert(checkIns).values(values).returning();
  } catch (error) {
    if (isUniqueViolation(error, 'check_ins_corrects_uq'))
      throw new AppError('check_in_already_corrected', {}, [
        { field: 'corrects.checkInId', code: 'already_corrected' },
      ]);
    throw error;
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const pg = e as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };
    if (pg.code === '23505')
      return pg.constraint === constraint || String(pg.message ?? '').includes(constraint);
    e = pg.cause;
  }
  return false;
}

function evidenceRows(checkInId: string, files: PreparedFile[], data: CheckInData) {
  const rows: (typeof evidence.$inferInsert)[] = [];
  for (const f of files)
    rows.push({
      checkInId,
      position: rows.length,
      kind: 'file',
      sha256: f.sha256,
      fileName: f.fileName,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
    });
  for (const link of data.links ?? [])
    rows.push({
      checkInId,
      position: rows.length,
      kind: 'link',
      url: link.url,
      title: blankToNull(link.title),
    });
  for (const d of data.documents ?? [])
    rows.push({
      checkInId,
      position: rows.length,
      kind: 'document',
      documentNumber: d.number,
      documentDate: d.date ?? null,
      title: blankToNull(d.title),
    });
  return rows;
}

function blankToNull(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : text;
}
