import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { unitsOfPerson } from '../../db/repositories/posts.ts';
import { grantsOfUsers } from '../../db/repositories/users.ts';
import {
  adjustments,
  assignments,
  auditEvents,
  cycles,
  posts,
  postTerms,
  roleGrants,
  units,
} from '../../db/schema/index.ts';
import { notFound } from '../../domain/app-error.ts';
import { canManageUser, canReadAudit } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';

type UnitRef = { id: string; path: string };

async function unitRefs(db: Db, ids: (string | null | undefined)[]): Promise<UnitRef[]> {
  const out: UnitRef[] = [];
  for (const id of ids) {
    if (!id) continue;
    const [u] = await db.select({ id: units.id, path: units.path }).from(units).where(eq(units.id, id));
    if (u) out.push(u);
  }
  return out;
}

/**
 * The units an audited entity belongs to, so its trail is read only by admins
 * over them (accounts: admins who manage the account). Null for an unknown
 * entity type or id.
 */
async function scopeOf(
  db: Db,
  type: string,
  id: string,
): Promise<{ units: UnitRef[]; account?: boolean } | null> {
  if (!z.uuid().safeParse(id).success) return null;
  switch (type) {
    case 'unit':
      return { units: await unitRefs(db, [id]) };
    case 'assignment': {
      const [a] = await db.select().from(assignments).where(eq(assignments.id, id));
      return a ? { units: await unitRefs(db, [a.assigningUnitId, a.assigneeUnitId]) } : null;
    }
    case 'adjustment': {
      const [x] = await db
        .select({ a: assignments })
        .from(adjustments)
        .innerJoin(assignments, eq(assignments.id, adjustments.assignmentId))
        .where(eq(adjustments.id, id));
      return x ? { units: await unitRefs(db, [x.a.assigningUnitId, x.a.assigneeUnitId]) } : null;
    }
    case 'cycle': {
      const [c] = await db.select().from(cycles).where(eq(cycles.id, id));
      return c ? { units: await unitRefs(db, [c.ownerUnitId]) } : null;
    }
    case 'post': {
      const [p] = await db.select().from(posts).where(eq(posts.id, id));
      return p ? { units: await unitRefs(db, [p.unitId]) } : null;
    }
    case 'post_term': {
      const [t] = await db
        .select({ unitId: posts.unitId })
        .from(postTerms)
        .innerJoin(posts, eq(posts.id, postTerms.postId))
        .where(eq(postTerms.id, id));
      return t ? { units: await unitRefs(db, [t.unitId]) } : null;
    }
    case 'person':
      return { units: await unitsOfPerson(db, id) };
    case 'role_grant': {
      const [g] = await db.select().from(roleGrants).where(eq(roleGrants.id, id));
      return g ? { units: await unitRefs(db, [g.unitId]) } : null;
    }
    case 'user':
    case 'user_login':
      return { units: (await grantsOfUsers(db, [id])).get(id) ?? [], account: true };
    default:
      return null;
  }
}

/** The audit events of one entity, newest first, for admins whose reach covers it; 404 otherwise. */
export async function listAuditEvents(ctx: ServiceContext, entityType: string, entityId: string) {
  const scope = await scopeOf(ctx.db, entityType, entityId);
  const allowed =
    scope !== null &&
    (scope.account
      ? canManageUser(ctx.actor, scope.units)
      : scope.units.length > 0 && scope.units.some((u) => canReadAudit(ctx.actor, u)));
  if (!allowed) throw notFound(entityType === 'unit' ? 'unit' : 'route');
  return ctx.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(200);
}
