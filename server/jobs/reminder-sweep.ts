/**
 * The reminder sweep (SPEC §6, STACK "Scheduled work"): due-soon and overdue reminders
 * to heads, escalations to assigners, alerts on unanswered support requests, and the
 * weekly digest; in-app, and by e-mail when SMTP is configured.
 *
 * Safe with several app servers, restarts and retries: one sweep at a time holds an
 * advisory lock, and every notification has a unique (user, key), inserted with
 * ON CONFLICT DO NOTHING, so whatever runs twice sends nothing twice.
 */
import { and, between, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Logger } from 'pino';
import { type Clock, systemClock } from '../clock.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { Database, Tx } from '../db/client.ts';
import { notifications, supportRequests, sweepRuns } from '../db/schema/index.ts';
import type { IsoDate } from '../domain/assignment/calendar.ts';
import { SYSTEM_ACTOR } from '../domain/permissions.ts';
import type { Mailer } from '../mail/mailer.ts';
import { deliverPendingEmails } from './notification-mail.ts';
import { loadOpenRequests, loadRecipients, loadSweptAssignments } from './sweep-load.ts';
import { trySessionLock, tryTransactionLock } from './sweep-lock.ts';
import {
  isoWeekBounds,
  type NotificationDraft,
  planNotifications,
  requestOverdue,
  type SweepRequest,
} from './sweep-plan.ts';

/** What a sweep needs of the database: the query builder, the pool (for the lock) and the backend. */
export type SweepDatabase = Pick<Database, 'db' | 'pool' | 'kind'>;

export interface SweepOptions {
  /** The day the rules are applied to (Vietnam's calendar date). */
  today: IsoDate;
  mailer?: Mailer | null;
  logger?: Logger;
  clock?: Clock;
  /** Base of the links in e-mails. */
  publicUrl?: string;
}

export type SweepResult =
  | { skipped: true; day: IsoDate }
  | {
      skipped: false;
      day: IsoDate;
      runId: string;
      created: number;
      byKind: Record<string, number>;
      escalatedRequests: number;
      digest: boolean;
      emailed: number;
      emailFailed: number;
    };

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';
const INSERT_BATCH = 500;

/** Marks overdue open requests as escalated (once), each with its audit event. */
async function escalateRequests(tx: Tx, requests: SweepRequest[], today: IsoDate, clock: Clock) {
  const ids = requests.filter((r) => requestOverdue(r, today)).map((r) => r.requestId);
  if (ids.length === 0) return 0;
  // The WHERE is re-checked under the row lock: a request answered meanwhile is left alone.
  const rows = await tx
    .update(supportRequests)
    .set({ escalatedOn: today })
    .where(
      and(
        inArray(supportRequests.id, ids),
        eq(supportRequests.state, 'open'),
        isNull(supportRequests.escalatedOn),
        lt(supportRequests.responseDue, today),
      ),
    )
    .returning({ id: supportRequests.id });
  const auditCtx = { actor: SYSTEM_ACTOR, clock, requestId: `sweep:${today}`, onBehalfOfUserId: null };
  for (const row of rows) {
    await appendAudit(tx, auditCtx, {
      action: 'support_request.escalate',
      entityType: 'support_request',
      entityId: row.id,
      before: { escalatedOn: null },
      after: { escalatedOn: today },
    });
  }
  return rows.length;
}

/** Inserts the drafts; returns the ones that did not exist yet. */
async function insertNotifications(tx: Tx, drafts: NotificationDraft[]) {
  const created: { id: string; kind: string }[] = [];
  for (let i = 0; i < drafts.length; i += INSERT_BATCH) {
    const rows = await tx
      .insert(notifications)
      .values(drafts.slice(i, i + INSERT_BATCH))
      .onConflictDoNothing({ target: [notifications.userId, notifications.key] })
      .returning({ id: notifications.id, kind: notifications.kind });
    created.push(...rows);
  }
  return created;
}

/** Runs one sweep for `options.today`; `{skipped: true}` when another sweep holds the lock. */
export async function runSweep(database: SweepDatabase, options: SweepOptions): Promise<SweepResult> {
  const { db } = database;
  const { today } = options;
  const clock = options.clock ?? systemClock;
  const release = database.kind === 'postgres' ? await trySessionLock(database.pool) : async () => {};
  if (!release) return { skipped: true, day: today };
  try {
    const startedAt = clock();
    const assignments = await loadSweptAssignments(db, today);
    const requests = await loadOpenRequests(db);
    const recipients = await loadRecipients(db);
    const written = await db.transaction(async (tx) => {
      if (database.kind === 'pglite' && !(await tryTransactionLock(tx))) return null;
      const week = isoWeekBounds(today);
      const [earlier] = await tx
        .select({ id: sweepRuns.id })
        .from(sweepRuns)
        .where(between(sweepRuns.day, week.monday, week.sunday))
        .limit(1);
      const digest = !earlier;
      const escalated = await escalateRequests(tx, requests, today, clock);
      const drafts = planNotifications({ today, assignments, requests, recipients, digestDue: digest });
      const created = await insertNotifications(tx, drafts);
      const [run] = await tx
        .insert(sweepRuns)
        .values({ day: today, startedAt, created: created.length })
        .returning({ id: sweepRuns.id });
      return { runId: run.id, created, escalated, digest };
    });
    if (!written) return { skipped: true, day: today };

    const mail = options.mailer
      ? await deliverPendingEmails(db, options.mailer, {
          publicUrl: options.publicUrl ?? DEFAULT_PUBLIC_URL,
          logger: options.logger,
        })
      : { sent: 0, failed: 0 };
    await db
      .update(sweepRuns)
      .set({ finishedAt: clock(), emailed: mail.sent })
      .where(eq(sweepRuns.id, written.runId));
    const byKind: Record<string, number> = {};
    for (const n of written.created) byKind[n.kind] = (byKind[n.kind] ?? 0) + 1;
    return {
      skipped: false,
      day: today,
      runId: written.runId,
      created: written.created.length,
      byKind,
      escalatedRequests: written.escalated,
      digest: written.digest,
      emailed: mail.sent,
      emailFailed: mail.failed,
    };
  } finally {
    await release();
  }
}
