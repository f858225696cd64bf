import { readFileSync } from 'node:fs';
import { errorMessage } from '../../contracts/errors.ts';
import { finalizeBody } from '../../contracts/results.ts';
import { type Clock, systemClock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { activeGrants, findUserByUsername, toDomainGrants } from '../db/repositories/users.ts';
import { AppError } from '../domain/app-error.ts';
import { formatHundredths } from '../domain/scoring/exact.ts';
import { renderExplanation } from '../domain/scoring/explanation-text.ts';
import { type ServiceContext, systemContext } from '../services/context.ts';
import { computeCohort } from '../services/evaluation/compute-cohort.ts';
import { loadCouncilContext } from '../services/evaluation/council-access.ts';
import { computeAnnual, evaluateCouncil } from '../services/evaluation/evaluate-council.ts';
import { loadCohort } from '../services/evaluation/load-cohort.ts';
import { quarterPeriod } from '../services/evaluation/quarterly.ts';
import { finalizeCouncil } from '../services/results/finalize.ts';

type Io = { out: (line: string) => void; err: (line: string) => void };
const console_: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** A service context acting as the named user (the audit trail records who). */
async function contextAs(db: Db, username: string, clock: Clock): Promise<ServiceContext | undefined> {
  const user = await findUserByUsername(db, username);
  if (!user?.isActive) return undefined;
  return {
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
}

function report(error: unknown, io: Io): number {
  if (!(error instanceof AppError)) throw error;
  io.err(errorMessage(error.code, 'vi', error.params));
  for (const f of error.fields) io.err(`  ${f.field}: ${f.code}`);
  return 2;
}

const EVALUATE_USAGE = 'Usage: mandate evaluate-council --council ID [--quarter N] [--as USERNAME]';

/**
 * `mandate evaluate-council`: prints the cohort's evaluation as JSON. With `--as` (the
 * assigning body's account) the proposals are stored, as POST /councils/{id}/evaluate does;
 * without it they are computed from the database and printed, nothing written.
 */
export async function evaluateCouncilCommand(
  db: Db,
  o: { council?: string; quarter?: string; as?: string },
  clock: Clock = systemClock,
  io: Io = console_,
): Promise<number> {
  const quarter = o.quarter === undefined ? undefined : Number(o.quarter);
  if (!o.council || (quarter !== undefined && !(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4))) {
    io.err(EVALUATE_USAGE);
    return 1;
  }
  try {
    if (o.as) {
      const ctx = await contextAs(db, o.as, clock);
      if (!ctx) {
        io.err(`No active user "${o.as}".`);
        return 1;
      }
      io.out(JSON.stringify(await evaluateCouncil(ctx, o.council, { quarter }), null, 2));
      return 0;
    }
    const ctx = systemContext(db, clock);
    const c = await loadCouncilContext(ctx, db, o.council);
    let computed: Awaited<ReturnType<typeof computeAnnual>>;
    if (quarter) {
      const period = quarterPeriod(c.cycle, quarter);
      if (!period || c.today < period.from) throw new AppError('quarter_not_available', { quarter });
      const cohort = await loadCohort(
        db,
        {
          cycleId: c.council.cycleId,
          assigningUnitId: c.council.assigningUnitId,
          councilId: null,
          asOf: c.today,
          headsOn: [c.today, period.to].sort()[0],
          quarter,
        },
        c.policy,
      );
      computed = computeCohort(cohort, c.policy, period, quarter);
    } else {
      computed = await computeAnnual(db, c);
    }
    const out = {
      councilId: c.council.id,
      quarter: quarter ?? 0,
      provisional: quarter !== undefined,
      asOf: computed.cohort.scope.asOf,
      results: computed.entries.map((e) => ({
        assignmentId: e.head.assignment.id,
        unitName: e.head.unit.name,
        headName: e.head.person.fullName,
        total: formatHundredths(e.evaluation.total.rounded),
        proposedLevel: e.evaluation.classification.level,
        complete: e.evaluation.complete,
        missing: e.evaluation.missing,
        explanation: renderExplanation(e.evaluation.classification, 'vi'),
        record: e.record,
      })),
      quota: computed.quota,
      skipped: computed.skipped,
    };
    io.out(JSON.stringify(out, null, 2));
    return 0;
  } catch (error) {
    return report(error, io);
  }
}

const FINALIZE_USAGE = 'Usage: mandate finalize --as USERNAME --council ID --file decisions.json';

/**
 * `mandate finalize`: the assigning body's decisions from a JSON file ({version?,
 * decisions: [{assignmentId, level, reason?}]}, or just the list); without `version`, the
 * council's current version is used. Prints the finalized cohort as JSON.
 */
export async function finalizeCommand(
  db: Db,
  o: { as?: string; council?: string; file?: string },
  clock: Clock = systemClock,
  io: Io = console_,
): Promise<number> {
  if (!o.as || !o.council || !o.file) {
    io.err(FINALIZE_USAGE);
    return 1;
  }
  const ctx = await contextAs(db, o.as, clock);
  if (!ctx) {
    io.err(`No active user "${o.as}".`);
    return 1;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(o.file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    io.err(`Cannot read ${o.file}: ${(error as Error).message}`);
    return 1;
  }
  try {
    const body = (Array.isArray(raw) ? { decisions: raw } : raw) as Record<string, unknown>;
    if (body && typeof body === 'object' && body.version === undefined) {
      body.version = (await loadCouncilContext(systemContext(db, clock), db, o.council)).council.version;
    }
    const parsed = finalizeBody.safeParse(body);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        io.err(`${issue.path.join('.') || '(file)'}: ${issue.message}`);
      return 2;
    }
    io.out(JSON.stringify(await finalizeCouncil(ctx, o.council, parsed.data), null, 2));
    return 0;
  } catch (error) {
    return report(error, io);
  }
}
