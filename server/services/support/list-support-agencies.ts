import { and, eq, isNull } from 'drizzle-orm';
import { roleGrants, units } from '../../db/schema/index.ts';
import type { ServiceContext } from '../context.ts';

/**
 * The functional agencies that answer support requests: open units where someone holds an
 * active supporter grant. Every signed-in head may route a request to them, even when the
 * agency lies outside the head's own tree, so their names are listed to anyone signed in.
 */
export async function listSupportAgencies(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectDistinct({ id: units.id, code: units.code, name: units.name })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(and(eq(roleGrants.role, 'supporter'), isNull(roleGrants.revokedAt), isNull(units.closedOn)));
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
