import { eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../db/audit-log.ts';
import { loadTasks, toTaskDrafts } from '../../db/repositories/assignments.ts';
import { assignments } from '../../db/schema/index.ts';
import { issueAssignment as issueRule } from '../../domain/assignment/issuing-rules.ts';
import { type ProposedChange, transition } from '../../domain/assignment/lifecycle.ts';
import type { ServiceContext } from '../context.ts';
import { assertVersion } from '../guards.ts';
import { loadAssignmentContext } from './load-context.ts';

export type IssueInput = {
  version: number;
  documentNumber: string;
  documentDate: string;
  signerName: string;
  signerTitle?: string | null;
};

/**
 * Issues a draft as the assigning body's decision. Refused, with every
 * reason listed, when weights do not add up to the policy's results part or
 * a task lacks its owner, deadline, or target/product.
 */
export async function issueAssignment(ctx: ServiceContext, id: string, input: IssueInput) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, id, true);
    assertVersion(c.assignment, input.version);
    const loaded = await loadTasks(tx, id);
    const draft = {
      state: c.state,
      documentNumber: input.documentNumber,
      documentDate: input.documentDate,
      signer: input.signerName,
      headPostId: c.assignment.headPostId,
      tasks: toTaskDrafts(loaded),
    };
    const state = issueRule(draft, c.roles, {
      resultsPart: c.policy.resultsPart,
      cycle: { startDate: c.cycle.startsOn, endDate: c.cycle.endsOn },
    });
    const [row] = await tx
      .update(assignments)
      .set({
        state,
        documentNumber: input.documentNumber,
        documentDate: input.documentDate,
        signerName: input.signerName,
        signerTitle: input.signerTitle ?? null,
        issuedAt: ctx.clock(),
        version: sql`${assignments.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(assignments.id, id))
      .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'assignment.issue',
      entityType: 'assignment',
      entityId: id,
      before: c.assignment,
      after: row,
    });
    return row;
  });
}

/** The head signs the commitment (not a delegate). */
export async function commitAssignment(ctx: ServiceContext, id: string, input: { version: number }) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, id, true);
    assertVersion(c.assignment, input.version);
    const state = transition(c.assignment as { state: typeof c.state }, { type: 'commit' }, c.roles);
    const [row] = await tx
      .update(assignments)
      .set({
        state,
        committedAt: ctx.clock(),
        committedBy: ctx.actor.userId,
        version: sql`${assignments.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(assignments.id, id))
      .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'assignment.commit',
      entityType: 'assignment',
      entityId: id,
      before: c.assignment,
      after: row,
    });
    return row;
  });
}

/** The head returns an issued assignment with a reason and proposed changes; it goes back to draft for the assigner to revise. */
export async function returnAssignment(
  ctx: ServiceContext,
  id: string,
  input: { version: number; reason: string; proposedChanges: ProposedChange[] },
) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadAssignmentContext(ctx, tx, id, true);
    assertVersion(c.assignment, input.version);
    const state = transition(
      c.assignment as { state: typeof c.state },
      { type: 'return', reason: input.reason, proposedChanges: input.proposedChanges },
      c.roles,
    );
    const [row] = await tx
      .update(assignments)
      .set({
        state,
        returnReason: input.reason,
        proposedChanges: input.proposedChanges,
        issuedAt: null,
        version: sql`${assignments.version} + 1`,
        updatedAt: ctx.clock(),
      })
      .where(eq(assignments.id, id))
      .returning();
    await appendAudit(tx, c.auditCtx, {
      action: 'assignment.return',
      entityType: 'assignment',
      entityId: id,
      before: c.assignment,
      after: row,
    });
    return row;
  });
}
