import { readFileSync } from 'node:fs';
import { recordAppraisalBody } from '../../contracts/appraisals.ts';
import { isoDate, uuid } from '../../contracts/common.ts';
import { errorMessage } from '../../contracts/errors.ts';
import { describeIssue } from '../../contracts/validation-messages.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { AppError } from '../domain/app-error.ts';
import { getAppraisal } from '../services/appraisals/list-appraisals.ts';
import { recordAppraisal } from '../services/appraisals/record-appraisal.ts';
import { type ServiceContext, systemContext } from '../services/context.ts';
import { getAssignmentStatus } from '../services/execution/get-status.ts';

const STATUS_USAGE = 'Usage: mandate task-status --assignment ID [--date YYYY-MM-DD]';
const APPRAISE_USAGE = 'Usage: mandate appraise --as USERNAME --assignment ID --file appraisal.json';

/** Prints a refusal the way the API words it (Vietnamese), with the fields it names; rethrows the unexpected. */
function refused(error: unknown): number {
  if (!(error instanceof AppError)) throw error;
  console.error(`${error.code}: ${errorMessage(error.code, 'vi', error.params)}`);
  for (const f of error.fields) console.error(`  ${f.field}`);
  return 2;
}

/** `mandate task-status`: the status of every task of an assignment on a day, as JSON (read as the system). */
export async function taskStatusCommand(
  db: Db,
  o: { assignment?: string; date?: string },
  clock: Clock = systemClock,
): Promise<number> {
  if (!uuid.safeParse(o.assignment).success || (o.date !== undefined && !isoDate.safeParse(o.date).success)) {
    console.error(STATUS_USAGE);
    return 1;
  }
  try {
    console.log(
      JSON.stringify(await getAssignmentStatus(systemContext(db, clock), o.assignment!, o.date), null, 2),
    );
    return 0;
  } catch (error) {
    return refused(error);
  }
}

/**
 * `mandate appraise`: records an appraisal from a JSON file holding the body of
 * POST /api/assignments/{id}/appraisals, acting as a named appraiser (audited as them).
 */
export async function appraiseCommand(
  db: Db,
  o: { as?: string; assignment?: string; file?: string },
  clock: Clock = systemClock,
): Promise<number> {
  if (!o.as || !o.file || !uuid.safeParse(o.assignment).success) {
    console.error(APPRAISE_USAGE);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(o.file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${o.file} as JSON: ${(error as Error).message}`);
    return 1;
  }
  const body = recordAppraisalBody.safeParse(json);
  if (!body.success) {
    for (const issue of body.error.issues) console.error(describeIssue(issue, 'vi').message);
    return 1;
  }
  const user = await findUserByUsername(db, o.as);
  if (!user?.isActive) {
    console.error(`No active user "${o.as}".`);
    return 1;
  }
  const ctx: ServiceContext = {
    db,
    actor: {
      userId: user.id,
      personId: user.personId,
      grants: toDomainGrants(await activeGrants(db, user.id)),
    },
    clock,
    requestId: 'cli',
    locale: 'vi',
  };
  try {
    const id = await recordAppraisal(ctx, o.assignment!, body.data);
    console.log(JSON.stringify((await getAppraisal(ctx, id)).appraisal, null, 2));
    return 0;
  } catch (error) {
    return refused(error);
  }
}
