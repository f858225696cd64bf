import { describe, expect, it } from 'vitest';
import { decodeMimeWords, parseSimpleMessage, startLoopbackSmtpServer } from './loopback-smtp-server.ts';
import { createMailer, DEFAULT_MAIL_FROM } from './mailer.ts';

describe('mailer', () => {
  it('is absent when no SMTP server is configured', () => {
    expect(createMailer({})).toBeNull();
    expect(createMailer({ smtpUrl: '' })).toBeNull();
  });

  it('sends a Vietnamese message over SMTP to a server on the loopback', async () => {
    const smtp = await startLoopbackSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url })!;
    try {
      await mailer.send({
        to: 'bithu@example.vn',
        subject: 'Quá hạn: Giải phóng mặt bằng đường vành đai',
        text: 'Kính gửi đồng chí Nguyễn Văn An,\nNhiệm vụ đã quá hạn.\n',
      });
    } finally {
      mailer.close();
      await smtp.close();
    }
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.from).toBe(DEFAULT_MAIL_FROM.replace(/^.*<|>$/g, ''));
    expect(mail.to).toEqual(['bithu@example.vn']);
    expect(mail.subject).toBe('Quá hạn: Giải phóng mặt bằng đường vành đai');
    expect(mail.text).toContain('Kính gửi đồng chí Nguyễn Văn An');
    // The subject travelled MIME-encoded, not as raw UTF-8.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/im);
  });

  it('reads encoded words and quoted-printable bodies the way a mail client does', () => {
    expect(decodeMimeWords('=?UTF-8?Q?S=E1=BA=AFp_=C4=91=E1=BA=BFn_h=E1=BA=A1n?=')).toBe('Sắp đến hạn');
    expect(decodeMimeWords('=?UTF-8?B?U+G6r3A=?= =?UTF-8?B?IMSR4bq/bg==?=')).toBe('Sắp đến');
    const raw =
      'Subject: =?UTF-8?Q?Qu=C3=A1_h=E1=BA=A1n?=\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nK=C3=ADnh g=E1=BB=\r\n=ADi\r\n';
    expect(parseSimpleMessage(raw)).toEqual({ subject: 'Quá hạn', text: 'Kính gửi\n' });
  });
});
