import { and, desc, eq } from 'drizzle-orm';
import { eventHash } from '../domain/audit-chain.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Tx } from './client.ts';
import { auditEvents } from './schema/index.ts';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one audit event inside the caller's transaction, chained to the
 * entity's previous event. Callers hold the entity's row lock (they just wrote
 * it), so the chain of one entity never forks; the unique (entity, seq) index
 * makes any race fail loudly instead.
 */
export async function appendAudit(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor' | 'onBehalfOfUserId' | 'clock' | 'requestId'>,
  input: AuditInput,
) {
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, input.entityType), eq(auditEvents.entityId, input.entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: ctx.clock().toISOString(),
    actorUserId: ctx.actor.userId || null,
    onBehalfOfUserId: ctx.onBehalfOfUserId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: normalize(input.before),
    after: normalize(input.after),
    requestId: ctx.requestId,
  };
  const prevHash = last?.hash ?? null;
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: eventHash(prevHash, fields) });
}

// Store exactly what the hash covered: JSON round-trip drops undefined and turns dates into strings.
function normalize(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  if (copy && typeof copy === 'object') delete copy.passwordHash;
  return copy;
}
