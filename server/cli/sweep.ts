import { systemClock, vietnamDate } from '../clock.ts';
import type { Config } from '../config.ts';
import { isIsoDate } from '../domain/assignment/calendar.ts';
import { runSweep, type SweepDatabase } from '../jobs/reminder-sweep.ts';
import { createMailer } from '../mail/mailer.ts';

/**
 * `mandate sweep [--date YYYY-MM-DD]`: one reminder sweep (today in Vietnam by default),
 * e-mailing when SMTP_URL is set; prints its counts as JSON. Safe beside running servers:
 * it takes the same lock and writes the same unique keys.
 */
export async function sweepCommand(
  database: SweepDatabase,
  values: { date?: string },
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'publicUrl'>,
): Promise<number> {
  const today = values.date ?? vietnamDate(systemClock());
  if (!isIsoDate(today)) {
    console.error('--date must be a calendar date YYYY-MM-DD.');
    return 1;
  }
  const mailer = createMailer(config);
  try {
    const result = await runSweep(database, { today, mailer, publicUrl: config.publicUrl });
    console.log(JSON.stringify(result));
    return 0;
  } finally {
    mailer?.close();
  }
}
