import { resolve } from 'node:path';

/** Settings read from the environment once, at start. */
export type Config = {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  secureCookies: boolean;
  logLevel: string;
  trustProxy: boolean;
  webRoot: string;
};

/** Reads the configuration from environment variables (documented in README.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.MANDATE_DATA_DIR || 'data'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    secureCookies: env.SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TRUST_PROXY === 'true',
    webRoot: resolve(env.MANDATE_WEB_ROOT || 'dist/web'),
  };
}
