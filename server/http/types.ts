import type { Logger } from 'pino';
import type { Locale } from '../../contracts/errors.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import type { resolveSession } from '../services/auth/session.ts';
import type { FileStorage } from '../storage/file-storage.ts';

export type Auth = NonNullable<Awaited<ReturnType<typeof resolveSession>>>;

/** What the HTTP layer is built from (the composition root passes these). */
export type AppDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** Where evidence files are stored. */
  storage: FileStorage;
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string;
  /** Send cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy?: boolean;
};

export type AppEnv = {
  Variables: { requestId: string; locale: Locale; auth: Auth | null; sessionToken: string | null };
};
