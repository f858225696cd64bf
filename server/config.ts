import { join, resolve } from 'node:path';

/** Settings read from the environment once, at start. */
export type Config = {
  databaseUrl?: string;
  dataDir: string;
  /** Evidence files (content-addressed); default `<dataDir>/files`. */
  filesDir: string;
  port: number;
  host: string;
  secureCookies: boolean;
  logLevel: string;
  trustProxy: boolean;
  webRoot: string;
  /** Outgoing mail server ("smtp://user:pass@host:587"); no e-mail when unset. */
  smtpUrl?: string;
  mailFrom?: string;
  /** Address the links in e-mails start with. */
  publicUrl: string;
  /** Minutes between reminder sweeps; 0 turns the scheduler off. */
  sweepMinutes: number;
};

/** Reads the configuration from environment variables (documented in README.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.MANDATE_DATA_DIR || 'data');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    filesDir: resolve(env.MANDATE_FILES_DIR || join(dataDir, 'files')),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    webRoot: resolve(env.MANDATE_WEB_ROOT || 'dist/web'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    publicUrl: env.PUBLIC_URL || 'http://localhost:3000',
    sweepMinutes: sweepMinutes(env.MANDATE_SWEEP_MINUTES),
  };
}

function sweepMinutes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : 60;
}
