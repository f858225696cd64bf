import { readFileSync } from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import { errorMessage } from '../../contracts/errors.ts';
import { systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { findAssignment } from '../db/repositories/assignments.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { assignments, units } from '../db/schema/index.ts';
import { describeWorkbookError, type WorkbookError } from '../documents/excel/workbook-errors.ts';
import { AppError } from '../domain/app-error.ts';
import { createAssignment } from '../services/assignments/create-assignment.ts';
import { importTasks } from '../services/assignments/task-workbooks.ts';
import type { ServiceContext } from '../services/context.ts';

type Options = {
  file?: string;
  as?: string;
  assignment?: string;
  cycle?: string;
  assigning?: string;
  unit?: string;
  mode?: string;
};

const USAGE = `Usage: mandate import-tasks --file tasks.xlsx --as USERNAME
         (--assignment ID | --cycle CYCLE_ID --assigning UNIT_CODE --unit UNIT_CODE) [--mode replace|append]`;

/**
 * `mandate import-tasks`: imports a workbook into a draft assignment, acting as
 * a named user (the audit trail records who), creating the draft for the unit
 * in the cycle when it does not exist yet. Nothing is written if any row is wrong.
 */
export async function importTasksCommand(db: Db, o: Options): Promise<number> {
  if (!o.file || !o.as || (!o.assignment && !(o.cycle && o.assigning && o.unit))) {
    console.error(USAGE);
    return 1;
  }
  const user = await findUserByUsername(db, o.as);
  if (!user) {
    console.error(`No user "${o.as}".`);
    return 1;
  }
  const ctx: ServiceContext = {
    db,
    actor: {
      userId: user.id,
      personId: user.personId,
      grants: toDomainGrants(await activeGrants(db, user.id)),
    },
    clock: systemClock,
    requestId: 'cli',
    locale: 'vi',
  };
  try {
    let id = o.assignment;
    if (!id) {
      const code = async (c: string) =>
        (
          await db
            .select()
            .from(units)
            .where(and(eq(units.code, c), isNull(units.closedOn)))
        )[0];
      const assigning = await code(o.assigning!);
      const assignee = await code(o.unit!);
      if (!assigning || !assignee) {
        console.error(`No open unit with code "${!assigning ? o.assigning : o.unit}".`);
        return 1;
      }
      const [existing] = await db
        .select()
        .from(assignments)
        .where(and(eq(assignments.cycleId, o.cycle!), eq(assignments.assigneeUnitId, assignee.id)));
      id =
        existing?.id ??
        (
          await createAssignment(ctx, {
            cycleId: o.cycle!,
            assigningUnitId: assigning.id,
            assigneeUnitId: assignee.id,
          })
        ).id;
    }
    const current = await findAssignment(db, id);
    if (!current) {
      console.error(`No assignment ${id}.`);
      return 1;
    }
    const result = await importTasks(ctx, id, readFileSync(o.file), {
      version: current.version,
      mode: o.mode === 'append' ? 'append' : 'replace',
    });
    console.log(`Imported ${result.imported} tasks into assignment ${id}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(errorMessage(error.code, 'vi', error.params));
    for (const e of (error.params.workbookErrors as WorkbookError[] | undefined) ?? [])
      console.error(`  ${describeWorkbookError(e, 'vi')}`);
    return 2;
  }
}
