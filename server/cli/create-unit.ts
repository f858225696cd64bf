import { and, eq, isNull } from 'drizzle-orm';
import { errorMessage } from '../../contracts/errors.ts';
import { systemClock, vnDate } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { units } from '../db/schema/index.ts';
import { AppError } from '../domain/app-error.ts';
import { systemContext } from '../services/context.ts';
import { createUnit } from '../services/units/create-unit.ts';

/**
 * `mandate create-unit`: creates a unit — a new root (a province, the first
 * unit of a fresh install) when no parent is given. Audited as the system.
 */
export async function createUnitCommand(
  db: Db,
  o: { kind?: string; code?: string; name?: string; parent?: string; opened?: string },
): Promise<number> {
  if (!o.kind || !o.code || !o.name) {
    console.error(
      'Usage: mandate create-unit --kind KIND --code CODE --name "Name" [--parent PARENT_CODE] [--opened YYYY-MM-DD]',
    );
    return 1;
  }
  let parentId: string | null = null;
  if (o.parent) {
    const [parent] = await db
      .select()
      .from(units)
      .where(and(eq(units.code, o.parent), isNull(units.closedOn)));
    if (!parent) {
      console.error(`No open unit with code "${o.parent}".`);
      return 1;
    }
    parentId = parent.id;
  }
  try {
    const unit = await createUnit(systemContext(db, systemClock), {
      kind: o.kind,
      code: o.code,
      name: o.name,
      parentId,
      openedOn: o.opened ?? vnDate(new Date()),
    });
    console.log(`Created ${unit.name} (${unit.code}).`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(errorMessage(error.code, 'en', error.params));
    return 1;
  }
}
