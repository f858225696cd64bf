import { uuid } from '../../contracts/common.ts';
import { errorMessage } from '../../contracts/errors.ts';
import { listSupportRequestsQuery, respondSupportRequestBody } from '../../contracts/support.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { AppError } from '../domain/app-error.ts';
import type { ServiceContext } from '../services/context.ts';
import { getSupportRequest } from '../services/support/get-support-request.ts';
import { listSupportRequests } from '../services/support/list-support-requests.ts';
import { respondToSupportRequest } from '../services/support/respond-to-support-request.ts';

const LIST_USAGE =
  'Usage: mandate support-requests --as USERNAME [--box inbox|raised] [--state open|answered|withdrawn|all]';
const RESPOND_USAGE =
  'Usage: mandate respond-request --as USERNAME --id REQUEST_ID --response TEXT [--resolved]';

/** The service context of a named, active account (the audit trail records who acted), or null. */
async function actingAs(db: Db, username: string, clock: Clock): Promise<ServiceContext | null> {
  const user = await findUserByUsername(db, username);
  if (!user?.isActive) {
    console.error(`No active user "${username}".`);
    return null;
  }
  const grants = toDomainGrants(await activeGrants(db, user.id));
  return {
    db,
    actor: { userId: user.id, personId: user.personId, grants },
    clock,
    requestId: 'cli',
    locale: 'vi',
  };
}

/** Prints a refusal the way the API words it (Vietnamese), or rethrows anything unexpected. */
function refused(error: unknown): number {
  if (!(error instanceof AppError)) throw error;
  console.error(`${error.code}: ${errorMessage(error.code, 'vi', error.params)}`);
  return 2;
}

/** `mandate support-requests`: the user's inbox or raised requests, as JSON on stdout. */
export async function supportRequestsCommand(
  db: Db,
  o: { as?: string; box?: string; state?: string },
  clock: Clock = systemClock,
): Promise<number> {
  const query = listSupportRequestsQuery.safeParse({ box: o.box, state: o.state });
  if (!o.as || !query.success) {
    console.error(LIST_USAGE);
    return 1;
  }
  const ctx = await actingAs(db, o.as, clock);
  if (!ctx) return 1;
  try {
    console.log(JSON.stringify(await listSupportRequests(ctx, query.data), null, 2));
    return 0;
  } catch (error) {
    return refused(error);
  }
}

/** `mandate respond-request`: answers an open request as the user, at its current version; prints it as JSON. */
export async function respondRequestCommand(
  db: Db,
  o: { as?: string; id?: string; response?: string; resolved?: boolean },
  clock: Clock = systemClock,
): Promise<number> {
  const body = respondSupportRequestBody.safeParse({
    version: 1,
    response: o.response,
    resolved: o.resolved ?? false,
  });
  if (!o.as || !uuid.safeParse(o.id).success || !body.success) {
    console.error(RESPOND_USAGE);
    return 1;
  }
  const ctx = await actingAs(db, o.as, clock);
  if (!ctx) return 1;
  try {
    const current = await getSupportRequest(ctx, o.id!);
    await respondToSupportRequest(ctx, current.id, { ...body.data, version: current.version });
    console.log(JSON.stringify(await getSupportRequest(ctx, current.id), null, 2));
    return 0;
  } catch (error) {
    return refused(error);
  }
}
