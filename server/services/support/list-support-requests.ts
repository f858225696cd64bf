import { and, eq, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { ListSupportRequestsQuery } from '../../../contracts/support.ts';
import { vietnamDate } from '../../clock.ts';
import { assignments, supportRequests } from '../../db/schema/index.ts';
import type { Actor } from '../../domain/permissions.ts';
import type { ServiceContext } from '../context.ts';
import { countRequests, loadRequestViews } from './request-views.ts';

const exactUnits = (actor: Actor, roles: string[]) => [
  ...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.unitId)),
];

/**
 * The inbox: requests routed to agencies where the caller is a supporter, and requests
 * on assignments the caller assigns (routed to the assigning body, or escalated past
 * their deadline). Raised: requests on the assignments of units the caller heads or is
 * a delegate of. Acting roles are exact here, as everywhere support is answered.
 */
function boxCondition(actor: Actor, box: 'inbox' | 'raised', today: string): SQL {
  if (box === 'raised') {
    const mine = exactUnits(actor, ['head', 'delegate']);
    return mine.length ? inArray(assignments.assigneeUnitId, mine) : sql`false`;
  }
  const agencies = exactUnits(actor, ['supporter']);
  const assigning = exactUnits(actor, ['assigner']);
  const parts: SQL[] = [];
  if (agencies.length)
    parts.push(
      and(eq(supportRequests.routedTo, 'agency'), inArray(supportRequests.routedToUnitId, agencies))!,
    );
  if (assigning.length)
    parts.push(
      and(
        inArray(assignments.assigningUnitId, assigning),
        or(
          eq(supportRequests.routedTo, 'assigner'),
          isNotNull(supportRequests.escalatedOn),
          and(eq(supportRequests.state, 'open'), lt(supportRequests.responseDue, today)),
        ),
      )!,
    );
  return parts.length ? or(...parts)! : sql`false`;
}

/** The caller's inbox or raised requests, optionally by state, deadline first, one page at a time. */
export async function listSupportRequests(ctx: ServiceContext, query: ListSupportRequestsQuery) {
  const today = vietnamDate(ctx.clock());
  const where = and(
    boxCondition(ctx.actor, query.box, today),
    query.state === 'all' ? undefined : eq(supportRequests.state, query.state),
  );
  const total = await countRequests(ctx.db, where);
  const items = await loadRequestViews(ctx.db, where, { actor: ctx.actor, today }, query);
  return { box: query.box, today, total, items };
}
