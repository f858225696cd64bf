/**
 * E-mail for notifications, sent after the transaction that created them has
 * committed (never inside one). Each message is claimed first — `emailed_at` set in
 * one UPDATE that skips rows another sender holds — and sent after: a notification
 * is e-mailed at most once, even with several senders; a failure clears the claim and
 * records `email_error`.
 */
import { eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Locale } from '../../contracts/errors.ts';
import type { Db } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import type { Mailer } from '../mail/mailer.ts';
import { type NotificationParams, notificationEmail } from './notification-text.ts';

/** Notifications older than this are never e-mailed (e.g. when SMTP is configured later). */
const EMAIL_WINDOW = '3 days';
const BATCH = 200;

type Claimed = {
  id: string;
  kind: string;
  params: NotificationParams;
  entity_type: string | null;
  entity_id: string | null;
  display_name: string;
  locale: string;
  email: string;
};

async function claim(db: Db): Promise<Claimed[]> {
  const { rows } = await db.execute<Claimed>(sql`
    with pending as (
      select n.id
      from notifications n
      join users u on u.id = n.user_id
      join people p on p.id = u.person_id
      where n.emailed_at is null and n.email_error is null
        and n.created_at > now() - ${EMAIL_WINDOW}::interval
        and u.is_active and coalesce(trim(p.email), '') <> ''
      order by n.created_at
      limit ${BATCH}
      for update of n skip locked
    )
    update notifications n set emailed_at = now()
    from pending, users u, people p
    where n.id = pending.id and u.id = n.user_id and p.id = u.person_id
    returning n.id, n.kind, n.params, n.entity_type, n.entity_id, u.display_name, u.locale, trim(p.email) as email`);
  return rows;
}

/** Sends every pending notification e-mail; returns how many were sent and how many failed. */
export async function deliverPendingEmails(
  db: Db,
  mailer: Mailer,
  options: { publicUrl: string; logger?: Logger },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await claim(db);
    for (const n of batch) {
      const locale: Locale = n.locale === 'en' ? 'en' : 'vi';
      const message = notificationEmail(
        { kind: n.kind, params: n.params, entityType: n.entity_type, entityId: n.entity_id },
        n.display_name,
        locale,
        options.publicUrl,
      );
      try {
        await mailer.send({ to: n.email, ...message });
        sent++;
      } catch (error) {
        failed++;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        options.logger?.warn({ notificationId: n.id, err: reason }, 'notification e-mail failed');
        await db
          .update(notifications)
          .set({ emailedAt: null, emailError: reason })
          .where(eq(notifications.id, n.id));
      }
    }
    if (batch.length < BATCH) return { sent, failed };
  }
}
