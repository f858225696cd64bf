/**
 * Outgoing e-mail over SMTP (nodemailer). Configured by SMTP_URL
 * ("smtp://user:pass@host:587", "smtps://…" for implicit TLS) and MAIL_FROM; without
 * SMTP_URL there is no mailer and notifications stay in-app only.
 */
import nodemailer from 'nodemailer';

/** One plain-text message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** What the jobs need from a mail transport. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export const DEFAULT_MAIL_FROM = 'Mandate <no-reply@localhost>';

/** A mailer for `smtpUrl`, or null when none is configured. */
export function createMailer(options: { smtpUrl?: string; mailFrom?: string }): Mailer | null {
  if (!options.smtpUrl) return null;
  // Short timeouts: a sweep waits for its e-mails, and an unreachable server must not hold it for minutes.
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const from = options.mailFrom || DEFAULT_MAIL_FROM;
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close() {
      transport.close();
    },
  };
}
