import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import { clockAt, makeCommittedAssignment } from '../../test/fixtures/committed-assignment.ts';
import type { Database } from '../db/client.ts';
import { notifications, people, sweepRuns, users } from '../db/schema/index.ts';
import { startLoopbackSmtpServer } from '../mail/loopback-smtp-server.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';
import { runSweep } from './reminder-sweep.ts';

let database: Database;
let smtp: Awaited<ReturnType<typeof startLoopbackSmtpServer>>;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startLoopbackSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Mandate <mandate@giaoviec.example.vn>' })!;
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});
beforeEach(async () => {
  database = await createTestDatabase();
  smtp.received.length = 0;
});
afterEach(async () => {
  await database.close();
});

async function giveEmail(userId: string, email: string, locale = 'vi') {
  const [person] = await database.db.insert(people).values({ fullName: 'Người nhận', email }).returning();
  await database.db.update(users).set({ personId: person.id, locale }).where(eq(users.id, userId));
}

const PUBLIC_URL = 'https://giaoviec.example.vn';

describe('notification e-mail', () => {
  it('delivers each new notification once to a real SMTP server, in the recipient’s language, with the link', async () => {
    const f = await makeCommittedAssignment(database.db);
    await giveEmail(f.p.headA.user.id, 'bithu.xaan@example.vn');
    await giveEmail(f.users.delegateA.user.id, 'vanphong.xaan@example.vn', 'en');
    const day = '2022-06-25';
    const result = await runSweep(database, {
      today: day,
      clock: clockAt(day),
      mailer,
      publicUrl: PUBLIC_URL,
    });
    // Head: due soon, 4 silent, digest; delegate: due soon. The assigner has no address.
    expect(result).toMatchObject({ skipped: false, emailed: 7, emailFailed: 0 });
    expect(smtp.received).toHaveLength(7);

    const vaccination = f.tasks.vaccination.id;
    const toHead = smtp.received.filter((m) => m.to.includes('bithu.xaan@example.vn'));
    const dueSoon = toHead.find((m) => m.subject.startsWith('Sắp đến hạn'))!;
    expect(dueSoon.subject).toBe('Sắp đến hạn: Tỷ lệ tiêm chủng');
    expect(dueSoon.from).toBe('mandate@giaoviec.example.vn');
    expect(dueSoon.text).toContain('Kính gửi đồng chí');
    expect(dueSoon.text).toContain('đến hạn ngày 30/06/2022');
    expect(dueSoon.text).toContain(`${PUBLIC_URL}/tasks/${vaccination}`);
    expect(toHead.map((m) => m.subject)).toContain('Tổng hợp tuần 25/2022');
    const toDelegate = smtp.received.filter((m) => m.to.includes('vanphong.xaan@example.vn'));
    expect(toDelegate.map((m) => m.subject)).toEqual(['Due soon: Tỷ lệ tiêm chủng']);

    const mailed = await database.db.select().from(notifications).where(isNotNull(notifications.emailedAt));
    expect(mailed).toHaveLength(7);
    const [assignerDigest] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, f.p.assigner.user.id));
    expect(assignerDigest.emailedAt).toBeNull();
    const [run] = await database.db.select().from(sweepRuns);
    expect(run.emailed).toBe(7);

    // Written outside the sweep (an urging notice): e-mailed by the next sweep, once.
    await database.db.insert(notifications).values({
      userId: f.p.headA.user.id,
      key: 'urging:test',
      kind: 'urging',
      params: { documentNumber: '25-CV/HU', documentDate: day, taskCount: 1, assigningUnitName: 'Huyện Một' },
      entityType: 'assignment',
      entityId: f.assignment.id,
    });
    const options = { today: day, clock: clockAt(day), mailer, publicUrl: PUBLIC_URL };
    expect(await runSweep(database, options)).toMatchObject({ created: 0, emailed: 1 });
    expect(smtp.received.map((m) => m.subject).at(-1)).toBe('Văn bản đôn đốc số 25-CV/HU');
    expect(await runSweep(database, options)).toMatchObject({ created: 0, emailed: 0 });
    expect(smtp.received).toHaveLength(8);
  });

  it('records the error of an e-mail that could not be sent, and does not send it again', async () => {
    const f = await makeCommittedAssignment(database.db);
    await giveEmail(f.users.delegateA.user.id, 'vanphong.xaan@example.vn');
    const refusing: Mailer = {
      send: async () => {
        throw new Error('550 mailbox unavailable');
      },
      close() {},
    };
    const day = '2022-06-25';
    const first = await runSweep(database, { today: day, clock: clockAt(day), mailer: refusing });
    expect(first).toMatchObject({ emailed: 0, emailFailed: 1 });
    const [row] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, f.users.delegateA.user.id));
    expect(row).toMatchObject({ emailedAt: null, emailError: '550 mailbox unavailable' });
    const second = await runSweep(database, { today: day, clock: clockAt(day), mailer });
    expect(second).toMatchObject({ emailed: 0, emailFailed: 0 });
    expect(smtp.received).toHaveLength(0);
  });
});
