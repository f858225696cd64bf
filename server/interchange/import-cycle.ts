import { eq } from 'drizzle-orm';
import { type ErrorCode, errorMessage, type Locale } from '../../contracts/errors.ts';
import type { CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { vietnamDate } from '../clock.ts';
import { appendAudit } from '../db/audit-log.ts';
import type { Tx } from '../db/client.ts';
import { lockTree } from '../db/locks.ts';
import { users } from '../db/schema/index.ts';
import { AppError } from '../domain/app-error.ts';
import { canCreateUnitUnder, hasRoleOn } from '../domain/permissions.ts';
import type { ServiceContext } from '../services/context.ts';
import { toDatabaseIds } from './db-ids.ts';
import { type ImportPlan, planImport } from './db-import-plan.ts';
import { writeImport } from './db-import-write.ts';
import { type InterchangeIssue, pathOf } from './issues.ts';
import { validateCycleDocument } from './validate-cycle.ts';

/**
 * Import of a whole cycle from a mandate.cycle/1 document (admins only). Nothing is
 * written unless all of it can be: the document is validated first (interchange_invalid,
 * 422, every problem with its path), then checked for what the database cannot hold
 * (interchange_unsupported, 422), then, inside the one transaction that writes it, against
 * the stored rows (interchange_conflict, 409; see db-import-plan.ts for what is reused).
 * One audit event records the import on the cycle.
 */

/** The account recorded as author of imported records when the system imports (CLI without --as). */
export const IMPORT_ACCOUNT = 'system-import';

const INT_MAX = 2_147_483_647;

export interface ImportResult {
  cycleId: string;
  counts: Record<string, number>;
  created: { units: number; people: number; posts: number; terms: number };
  reused: { units: number; people: number; posts: number; terms: number };
  /** Results of other cycles given in the file: read by `mandate evaluate`, not stored. */
  notStored: { previousResults: number; subordinateResults: number };
  notes: { path: string; code: string; message: string }[];
}

function issue(path: string, code: ErrorCode, params: Record<string, string | number>, locale: Locale) {
  return { path, code, params, message: errorMessage(code, locale, params) };
}

/** What a valid document may hold that the database cannot. */
function unsupported(doc: CycleDocument, locale: Locale): InterchangeIssue[] {
  const out: InterchangeIssue[] = [];
  for (const [i, c] of doc.councils.entries()) {
    for (const [k, m] of c.members.entries()) {
      if (m.unitIds.length > 0)
        out.push(issue(`councils[${i}].members[${k}].unitIds`, 'interchange_member_units', {}, locale));
    }
  }
  const tooLarge = (path: string, value: number) => {
    if (value > INT_MAX)
      out.push(issue(path, 'interchange_number_too_large', { value, max: INT_MAX }, locale));
  };
  tooLarge('policy.version', doc.policy.version);
  for (const [i, a] of doc.assignments.entries()) {
    for (const [j, t] of a.tasks.entries()) tooLarge(`assignments[${i}].tasks[${j}].position`, t.position);
  }
  // PostgreSQL text cannot hold U+0000; JSON writes it as \u0000, so one search says whether to look
  if (JSON.stringify(doc).includes('\\u0000')) {
    const walk = (value: unknown, parts: (string | number)[]) => {
      if (typeof value === 'string') {
        if (value.includes('\u0000')) out.push(issue(pathOf(parts), 'interchange_nul_character', {}, locale));
      } else if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, [...parts, i]);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) walk(v, [...parts, k]);
      }
    };
    walk(doc, []);
  }
  return out;
}

/** Admin reach over the cycle's owner and every unit the import creates; a new root needs the system. */
function assertReach(ctx: ServiceContext, doc: CycleDocument, plan: ImportPlan): void {
  const owner = plan.units.find((u) => u.unit.id === doc.cycle.ownerUnitId)!;
  const allowed =
    hasRoleOn(ctx.actor, { id: owner.unit.id, path: owner.path }, ['admin']) &&
    plan.units
      .filter((u) => !u.exists)
      .every((u) =>
        u.depth === 0
          ? canCreateUnitUnder(ctx.actor, null)
          : hasRoleOn(ctx.actor, { id: u.unit.id, path: u.path }, ['admin']),
      );
  if (!allowed) throw new AppError('forbidden');
}

/** The acting user, or (for the system) the inactive account that signs imported records. */
async function authorOf(tx: Tx, ctx: ServiceContext): Promise<string> {
  if (ctx.actor.userId) return ctx.actor.userId;
  const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.username, IMPORT_ACCOUNT));
  if (found) return found.id;
  const [created] = await tx
    .insert(users)
    .values({
      username: IMPORT_ACCOUNT,
      displayName: 'Nhập dữ liệu từ tệp (hệ thống)',
      // no password verifies against this, and the account cannot sign in
      passwordHash: '!',
      isActive: false,
    })
    .returning({ id: users.id });
  return created.id;
}

const counts = (doc: CycleDocument) => ({
  units: doc.units.length,
  people: doc.people.length,
  posts: doc.posts.length,
  terms: doc.terms.length,
  assignments: doc.assignments.length,
  tasks: doc.assignments.reduce((n, a) => n + a.tasks.length, 0),
  checkIns: doc.checkIns.length,
  evidence: doc.checkIns.reduce((n, c) => n + c.evidence.length, 0),
  appraisals: doc.appraisals.length,
  appraisalItems: doc.appraisals.reduce((n, a) => n + a.items.length, 0),
  councils: doc.councils.length,
  councilMembers: doc.councils.reduce((n, c) => n + c.members.length, 0),
  scoreSheets: doc.scores.length,
  deductions: doc.deductions.length,
  disqualifyingEvents: doc.disqualifyingEvents.length,
});

/** Validates and imports a parsed JSON document; see the module comment for the rules. */
export async function importCycle(ctx: ServiceContext, input: unknown): Promise<ImportResult> {
  if (!ctx.actor.grants.some((g) => g.role === 'admin')) throw new AppError('forbidden');
  const validation = validateCycleDocument(input, ctx.locale);
  if (!validation.ok) {
    throw new AppError('interchange_invalid', { count: validation.errors.length, issues: validation.errors });
  }
  const doc = toDatabaseIds(validation.document);
  const cannot = unsupported(doc, ctx.locale);
  if (cannot.length > 0)
    throw new AppError('interchange_unsupported', { count: cannot.length, issues: cannot });
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    // new units get materialized paths: the tree is locked like every other path writer
    await lockTree(tx);
    const plan = await planImport(tx, doc, ctx.locale);
    // who may import comes before what clashes: a refused caller learns nothing of the stored rows
    assertReach(ctx, doc, plan);
    if (plan.conflicts.length > 0) {
      throw new AppError('interchange_conflict', { count: plan.conflicts.length, issues: plan.conflicts });
    }
    const authorId = await authorOf(tx, ctx);
    const written = await writeImport(tx, doc, plan, {
      authorId,
      actorUserId: ctx.actor.userId || null,
      now,
      today: vietnamDate(now),
    });
    const result: ImportResult = {
      cycleId: doc.cycle.id,
      counts: { ...counts(doc), adjustments: written.adjustments },
      created: {
        units: plan.units.filter((u) => !u.exists).length,
        people: plan.newPeople.length,
        posts: plan.newPosts.length,
        terms: plan.newTerms.length,
      },
      reused: plan.reused,
      notStored: {
        previousResults: doc.previousResults?.length ?? 0,
        subordinateResults: doc.subordinateResults?.length ?? 0,
      },
      notes: validation.notes.map(({ path, code, message }) => ({ path, code, message })),
    };
    await appendAudit(tx, ctx, {
      action: 'cycle.import',
      entityType: 'cycle',
      entityId: doc.cycle.id,
      after: {
        format: doc.format,
        exportedAt: doc.exportedAt,
        cycle: doc.cycle,
        counts: result.counts,
        created: result.created,
        reused: result.reused,
      },
    });
    return result;
  });
}
