import type { Locale } from '../../contracts/errors.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { type Actor, SYSTEM_ACTOR } from '../domain/permissions.ts';

/** What every use case receives: the database, who is acting, the clock and the request id. */
export type ServiceContext = {
  db: Db;
  actor: Actor;
  /** Set when a delegate acts on a head's behalf. */
  onBehalfOfUserId?: string | null;
  clock: Clock;
  requestId: string | null;
  locale: Locale;
};

/** A context for work started by the system itself (seed, CLI, jobs): admin over every tree, no user. */
export function systemContext(db: Db, clock: Clock): ServiceContext {
  return {
    db,
    actor: SYSTEM_ACTOR,
    clock,
    requestId: null,
    locale: 'vi',
  };
}
