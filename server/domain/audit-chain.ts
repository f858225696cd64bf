import { createHash } from 'node:crypto';

/**
 * Tamper-evident audit trail. Events are chained per entity (not globally),
 * so writers on different entities never wait on one "last hash" row: each
 * event hashes its predecessor's hash in the same entity's chain.
 */
export type AuditFields = {
  seq: number;
  at: string;
  actorUserId: string | null;
  onBehalfOfUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
};
export type ChainedEvent = AuditFields & { id: string | number; prevHash: string | null; hash: string };

/** JSON with object keys sorted at every level, so equal values always hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The hash of an event given its predecessor's hash. */
export function eventHash(prevHash: string | null, e: AuditFields): string {
  const body = canonicalJson({ ...e, prevHash });
  return createHash('sha256').update(body).digest('hex');
}

export type ChainBreak = {
  eventId: string | number;
  entityType: string;
  entityId: string;
  seq: number;
  reason: string;
};

/** Checks one entity's events (in `seq` order) and returns the first broken link, if any. */
export function verifyEntityChain(events: ChainedEvent[]): ChainBreak | null {
  let prev: ChainedEvent | null = null;
  for (const e of events) {
    const where = { eventId: e.id, entityType: e.entityType, entityId: e.entityId, seq: e.seq };
    const expectedSeq = prev ? prev.seq + 1 : 1;
    if (e.seq !== expectedSeq) return { ...where, reason: `missing event: expected seq ${expectedSeq}` };
    if (e.prevHash !== (prev ? prev.hash : null))
      return { ...where, reason: 'prev_hash does not match the previous event' };
    const { id: _id, prevHash, hash, ...fields } = e;
    if (eventHash(prevHash, fields) !== hash) return { ...where, reason: 'content does not match its hash' };
    prev = e;
  }
  return null;
}
