/**
 * A task's history as one list of dated events: check-ins with their evidence and
 * corrections, appraisal lines, support requests (raised, escalated, answered),
 * adjustments (requested, decided) and the states given to its support commitments.
 * Read straight from the execution tables.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TimelineEventDto } from '../../../contracts/execution.ts';
import { vietnamDate } from '../../clock.ts';
import type { Queryable } from '../../db/client.ts';
import {
  adjustments,
  appraisalItems,
  appraisals,
  checkIns,
  evidence,
  supportCommitments,
  supportDeliveries,
  supportRequests,
  units,
  users,
} from '../../db/schema/index.ts';

type Event = TimelineEventDto;
const num = (v: string | null) => (v === null ? null : Number(v));
const iso = (d: Date) => d.toISOString();

async function checkInEvents(q: Queryable, taskId: string): Promise<Event[]> {
  const author = alias(users, 'author');
  const principal = alias(users, 'principal');
  const rows = await q
    .select({ c: checkIns, authorName: author.displayName, principalName: principal.displayName })
    .from(checkIns)
    .innerJoin(author, eq(author.id, checkIns.createdBy))
    .leftJoin(principal, eq(principal.id, checkIns.onBehalfOf))
    .where(eq(checkIns.taskId, taskId));
  if (rows.length === 0) return [];
  const files = await q
    .select()
    .from(evidence)
    .where(
      inArray(
        evidence.checkInId,
        rows.map((r) => r.c.id),
      ),
    )
    .orderBy(asc(evidence.position));
  const correctedBy = new Map(rows.filter((r) => r.c.correctsId).map((r) => [r.c.correctsId!, r.c.id]));
  return rows.map(({ c, authorName, principalName }) => ({
    kind: 'check_in' as const,
    date: c.reportedOn,
    at: iso(c.createdAt),
    checkIn: {
      id: c.id,
      value: num(c.value),
      percent: c.percent,
      narrative: c.narrative,
      submitsProduct: c.submitsProduct,
      correctsId: c.correctsId,
      correctionReason: c.correctionReason,
      correctedById: correctedBy.get(c.id) ?? null,
      inForce: !correctedBy.has(c.id),
      createdBy: { id: c.createdBy, displayName: authorName },
      onBehalfOf: c.onBehalfOf ? { id: c.onBehalfOf, displayName: principalName ?? '' } : null,
    },
    evidence: files
      .filter((f) => f.checkInId === c.id)
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        fileName: f.fileName,
        size: f.sizeBytes,
        mediaType: f.mediaType,
        url: f.url,
        documentNumber: f.documentNumber,
        documentDate: f.documentDate,
        title: f.title,
      })),
  }));
}

async function appraisalEvents(q: Queryable, taskId: string): Promise<Event[]> {
  const rows = await q
    .select({ item: appraisalItems, a: appraisals, unitName: units.name })
    .from(appraisalItems)
    .innerJoin(appraisals, eq(appraisals.id, appraisalItems.appraisalId))
    .innerJoin(units, eq(units.id, appraisals.appraiserUnitId))
    .where(eq(appraisalItems.taskId, taskId))
    .orderBy(asc(appraisals.appraisedOn), asc(appraisals.createdAt));
  const current = rows.at(-1)?.item.id;
  return rows.map(({ item, a, unitName }) => ({
    kind: 'appraisal' as const,
    date: a.appraisedOn,
    at: iso(a.createdAt),
    appraisal: {
      id: a.id,
      kind: a.kind as 'quarterly' | 'ad_hoc',
      quarter: a.quarter,
      appraiserUnitName: unitName,
      findings: a.findings,
      recommendations: a.recommendations,
    },
    line: {
      progress: item.progress as 'on_track' | 'at_risk' | 'late',
      verifiedValue: num(item.verifiedValue),
      verifiedFraction: num(item.verifiedFraction),
      productDecision: item.productDecision as 'accepted' | 'returned' | 'rejected' | null,
      decisionReason: item.decisionReason,
      acceptedCheckInId: item.acceptedCheckInId,
      exceeded: item.exceeded,
      findings: item.findings,
      recommendation: item.recommendation,
      superseded: item.id !== current,
    },
  }));
}

async function requestEvents(q: Queryable, taskId: string): Promise<Event[]> {
  const rows = await q
    .select({ r: supportRequests, unitName: units.name })
    .from(supportRequests)
    .innerJoin(units, eq(units.id, supportRequests.routedToUnitId))
    .where(eq(supportRequests.taskId, taskId));
  return rows.flatMap(({ r, unitName }) => {
    const request = {
      id: r.id,
      kind: r.kind,
      subject: r.subject,
      state: r.state,
      routedTo: r.routedTo,
      routedToUnitName: unitName,
      responseDue: r.responseDue,
      response: r.response,
      resolved: r.resolved,
    };
    const base = { kind: 'support_request' as const, at: iso(r.createdAt), request };
    const out: Event[] = [{ ...base, date: r.raisedOn, action: 'raised' }];
    if (r.escalatedOn) out.push({ ...base, date: r.escalatedOn, action: 'escalated' });
    if (r.respondedOn) out.push({ ...base, date: r.respondedOn, action: 'answered' });
    return out;
  });
}

async function adjustmentEvents(q: Queryable, taskId: string): Promise<Event[]> {
  const rows = await q.select().from(adjustments).where(eq(adjustments.taskId, taskId));
  return rows.flatMap((x) => {
    const adjustment = {
      id: x.id,
      change: x.change as Record<string, unknown>,
      reason: x.reason,
      state: x.state,
      decisionNote: x.decisionNote,
    };
    const base = { kind: 'adjustment' as const, at: iso(x.createdAt), adjustment };
    const out: Event[] = [{ ...base, date: x.requestedOn, action: 'requested' }];
    if (x.decidedOn) out.push({ ...base, date: x.decidedOn, action: 'decided' });
    return out;
  });
}

async function deliveryEvents(q: Queryable, taskId: string): Promise<Event[]> {
  const rows = await q
    .select({ d: supportDeliveries, s: supportCommitments })
    .from(supportDeliveries)
    .innerJoin(supportCommitments, eq(supportCommitments.id, supportDeliveries.commitmentId))
    .where(eq(supportCommitments.taskId, taskId));
  return rows.map(({ d, s }) => ({
    kind: 'support_commitment' as const,
    date: d.deliveredOn ?? vietnamDate(d.createdAt),
    at: iso(d.createdAt),
    commitment: { id: s.id, kind: s.kind, description: s.description, dueOn: s.dueOn },
    state: d.state,
    deliveredOn: d.deliveredOn,
    note: d.note,
  }));
}

// Same day, same instant: a request is raised before it is escalated or answered, an adjustment requested before decided.
const RANK: Record<string, number> = { raised: 0, requested: 0, escalated: 1, answered: 2, decided: 2 };
const rank = (e: Event) => ('action' in e ? RANK[e.action] : 0);

/** Every event of the task, oldest first (by date, then by when it was recorded). */
export async function taskTimeline(q: Queryable, taskId: string): Promise<Event[]> {
  // Sequential on purpose: `q` may be a transaction.
  const events = [
    ...(await checkInEvents(q, taskId)),
    ...(await appraisalEvents(q, taskId)),
    ...(await requestEvents(q, taskId)),
    ...(await adjustmentEvents(q, taskId)),
    ...(await deliveryEvents(q, taskId)),
  ];
  return events.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? -1
        : 1
      : a.at !== b.at
        ? a.at < b.at
          ? -1
          : 1
        : rank(a) - rank(b),
  );
}
