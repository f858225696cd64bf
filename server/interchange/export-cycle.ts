import { eq } from 'drizzle-orm';
import { CYCLE_FORMAT, type CycleDocument } from '../../contracts/interchange/cycle-format.ts';
import { vietnamDate } from '../clock.ts';
import type { Queryable } from '../db/client.ts';
import { currentPolicy, findCycle } from '../db/repositories/cycles.ts';
import { assignments, councils } from '../db/schema/index.ts';
import { formatShortDate } from '../documents/docx/vietnamese-format.ts';
import { AppError, notFound } from '../domain/app-error.ts';
import { canManageCycle, canSeeCycle } from '../domain/assignment-access.ts';
import { hasRoleOn } from '../domain/permissions.ts';
import type { PresetId } from '../domain/scoring/policy.ts';
import type { ServiceContext } from '../services/context.ts';
import { windowState } from '../services/councils/rules.ts';
import { loadCycleOrg, previousResults } from './db-export-org.ts';
import { loadCycleRecords } from './db-export-records.ts';
import { fromScoringPolicy } from './policy.ts';
import { validateCycleDocument } from './validate-cycle.ts';

/**
 * Export of one cycle from the database as a mandate.cycle/1 document, with the stored
 * UUIDs as ids. The result is checked with the same validation an import runs, so an
 * export always reads back; stored data the format cannot express is refused with every
 * place named (interchange_export_invalid). A draft whose head post nobody held during
 * the cycle is left out (a draft is not evaluated).
 */

export interface ExportOptions {
  /** The document's `exportedAt` (an ISO date-time with an offset). */
  exportedAt: string;
}

export async function exportCycle(
  q: Queryable,
  cycleId: string,
  options: ExportOptions,
): Promise<CycleDocument> {
  const found = await findCycle(q, cycleId);
  if (!found) throw notFound('cycle');
  const { cycle } = found;
  const policy = await currentPolicy(q, cycleId);
  if (!policy) throw notFound('cycle');
  const records = await loadCycleRecords(q, cycleId);
  const unitIds = [
    ...records.assignments.flatMap((a) =>
      a.tasks.flatMap((t) => [
        ...(t.leadUnitId ? [t.leadUnitId] : []),
        ...t.coordinatingUnitIds,
        ...t.support.flatMap((s) => (s.providerUnitId ? [s.providerUnitId] : [])),
      ]),
    ),
    ...records.appraisals.map((a) => a.appraiserUnitId),
    ...records.councils.rows.map((c) => c.assigningUnitId),
  ];
  const org = await loadCycleOrg(q, {
    cycle,
    assignments: records.assignments.map((a) => a.row),
    councils: records.councils.rows,
    members: records.councils.members,
    unitIds,
  });
  const kept = records.assignments.filter((a) => a.row.state !== 'draft' || org.heads.has(a.row.id));
  const assignmentList: CycleDocument['assignments'] = kept.map(({ row, tasks }) => ({
    id: row.id,
    assigningUnitId: row.assigningUnitId,
    assigneeUnitId: row.assigneeUnitId,
    headPostId: row.headPostId,
    headPersonId: org.heads.get(row.id) ?? '',
    state: row.state as CycleDocument['assignments'][number]['state'],
    title: row.title,
    bottleneck: row.bottleneck,
    documentNumber: row.documentNumber,
    documentDate: row.documentDate,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    tasks,
  }));
  const headPeople = [
    ...new Set(assignmentList.filter((a) => a.state !== 'draft').map((a) => a.headPersonId)),
  ];
  const previous = await previousResults(q, cycle, headPeople);
  const document: CycleDocument = {
    format: CYCLE_FORMAT,
    exportedAt: options.exportedAt,
    cycle: {
      id: cycle.id,
      name: cycle.name,
      kind: cycle.kind as 'year' | 'term',
      startsOn: cycle.startsOn,
      endsOn: cycle.endsOn,
      ownerUnitId: cycle.ownerUnitId,
    },
    policy: { ...fromScoringPolicy(policy.preset as PresetId, policy.params), version: policy.version },
    units: org.units,
    people: org.people,
    posts: org.posts,
    terms: org.terms,
    assignments: assignmentList,
    checkIns: records.checkIns,
    appraisals: records.appraisals,
    councils: records.councils.rows.map((c) => ({
      id: c.id,
      assigningUnitId: c.assigningUnitId,
      name: c.name,
      members: records.councils.members
        .filter((m) => m.councilId === c.id)
        .map((m) => ({
          personId: m.personId,
          role: m.role as 'chair' | 'member',
          unitIds: org.memberUnits.get(m.id) ?? [],
        })),
      scoringOpensOn: c.opensOn,
      scoringClosesOn: c.closesOn,
    })),
    scores: records.scores,
    deductions: records.deductions,
    disqualifyingEvents: records.disqualifyingEvents,
    ...(previous.length ? { previousResults: previous } : {}),
  };
  const validation = validateCycleDocument(document, 'en');
  if (!validation.ok) {
    const first = validation.errors[0];
    throw new AppError('interchange_export_invalid', {
      count: validation.errors.length,
      first: `${first.path}: ${first.message}`,
      issues: validation.errors,
    });
  }
  return validation.document;
}

/** The document's file name: the cycle's name in ASCII and its id. */
export const exportFileName = (doc: CycleDocument): string =>
  `${doc.cycle.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}-${doc.cycle.id}.json`;

/**
 * The export as a caller may have it: the cycle owner's assigner or an admin reaching the
 * owner unit. Someone who cannot see the cycle gets a 404, someone who sees it a 403.
 * Read in one snapshot, so that the file is consistent while others keep writing.
 */
export async function exportCycleAs(ctx: ServiceContext, cycleId: string) {
  return ctx.db.transaction(
    async (tx) => {
      const found = await findCycle(tx, cycleId);
      if (!found || !canSeeCycle(ctx.actor, found.owner)) throw notFound('cycle');
      if (!canManageCycle(ctx.actor, found.owner)) throw new AppError('forbidden');
      // The owner's assigner is not the assigning body of cohorts assigned lower down (their
      // scores and results are not theirs to read); an admin over the owner is.
      if (!hasRoleOn(ctx.actor, found.owner, ['admin'])) {
        const bodies = await tx
          .selectDistinct({ id: assignments.assigningUnitId })
          .from(assignments)
          .where(eq(assignments.cycleId, cycleId));
        if (bodies.some((b) => b.id !== found.owner.id)) throw new AppError('forbidden');
      }
      // Scoring is blind until a council's window closes: no one exports the sheets before.
      const today = vietnamDate(ctx.clock());
      const open = (await tx.select().from(councils).where(eq(councils.cycleId, cycleId))).find(
        (c) => windowState(c, today) !== 'closed',
      );
      if (open) throw new AppError('council_scores_sealed', { closesOn: formatShortDate(open.closesOn) });
      const document = await exportCycle(tx, cycleId, { exportedAt: ctx.clock().toISOString() });
      return { document, fileName: exportFileName(document) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
