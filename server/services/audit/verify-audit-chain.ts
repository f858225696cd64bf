import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type ChainBreak, type ChainedEvent, verifyEntityChain } from '../../domain/audit-chain.ts';

type Row = {
  id: number;
  seq: number;
  at: string;
  actor_user_id: string | null;
  on_behalf_of_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string | null;
  hash: string;
};

/**
 * Re-computes every entity's chain, streaming in (entity, seq) order in
 * pages, and returns the first broken link (by event id) or null.
 */
export async function verifyAuditChain(
  db: Db,
  pageSize = 5000,
): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  let checked = 0;
  let firstBreak: ChainBreak | null = null;
  let cursor: { type: string; id: string; seq: number } | null = null;
  let current: ChainedEvent[] = [];
  const flush = () => {
    const broken = verifyEntityChain(current);
    if (broken && (!firstBreak || Number(broken.eventId) < Number(firstBreak.eventId))) firstBreak = broken;
    current = [];
  };
  for (;;) {
    const where: ReturnType<typeof sql> = cursor
      ? sql`where (entity_type, entity_id, seq) > (${cursor.type}, ${cursor.id}, ${cursor.seq})`
      : sql``;
    const result: { rows: Row[] } =
      await db.execute<Row>(sql`select id, seq, to_json(at)#>>'{}' as at, actor_user_id, on_behalf_of_user_id, action,
      entity_type, entity_id, before, after, request_id, prev_hash, hash
      from audit_events ${where} order by entity_type, entity_id, seq limit ${pageSize}`);
    const rows: Row[] = result.rows;
    for (const r of rows) {
      const e: ChainedEvent = {
        id: Number(r.id),
        seq: r.seq,
        at: new Date(r.at).toISOString(),
        actorUserId: r.actor_user_id,
        onBehalfOfUserId: r.on_behalf_of_user_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
      if (current.length && (current[0].entityType !== e.entityType || current[0].entityId !== e.entityId))
        flush();
      current.push(e);
      checked++;
    }
    if (rows.length < pageSize) break;
    const last: Row = rows[rows.length - 1];
    cursor = { type: last.entity_type, id: last.entity_id, seq: last.seq };
  }
  flush();
  return { checked, firstBreak };
}
