/**
 * Which notifications one reminder sweep owes, from the facts it loaded: pure, so the
 * rules (who hears about what, under which unique key) are tested without a database.
 * A key names the fact it reports (task and deadline in force, last check-in, request,
 * ISO week), so a later sweep, another app server or a retry finds it already sent.
 */
import { addDays, type IsoDate } from '../domain/assignment/calendar.ts';
import { isOpen, type TaskStatus } from '../domain/assignment/task-status.ts';
import type { DigestCounts, DigestSection, NotificationParams } from './notification-text.ts';

/** One task's status on the sweep's day. */
export interface SweepTask {
  taskId: string;
  title: string;
  status: TaskStatus;
  silent: boolean;
  deadlineInForce: IsoDate;
  lastCheckIn: IsoDate | null;
}

/** An assignment being executed (committed or in progress) and its tasks. */
export interface SweepAssignment {
  assignmentId: string;
  assigneeUnitId: string;
  assigneeUnitName: string;
  assigningUnitId: string;
  assigningUnitName: string;
  headName: string | null;
  issuedOn: IsoDate;
  tasks: SweepTask[];
}

/** An open support request. */
export interface SweepRequest {
  requestId: string;
  assignmentId: string;
  taskId: string;
  taskTitle: string;
  subject: string;
  raisedByUnitName: string;
  assigningUnitId: string;
  routedTo: string;
  routedToUnitId: string;
  routedToUnitName: string;
  responseDue: IsoDate;
}

export type RecipientRole = 'head' | 'delegate' | 'assigner' | 'supporter';

/** Users holding an exact, active grant of `role` on `unitId`. */
export type Recipients = (role: RecipientRole, unitId: string) => readonly string[];

export interface SweepFacts {
  today: IsoDate;
  assignments: SweepAssignment[];
  requests: SweepRequest[];
  recipients: Recipients;
  /** True on the first sweep of the ISO week: the digest goes out. */
  digestDue: boolean;
}

/** A notification to write. */
export interface NotificationDraft {
  userId: string;
  key: string;
  kind: string;
  params: NotificationParams;
  entityType: string | null;
  entityId: string | null;
}

/** ISO-8601 week of a date: "2022-W26" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: IsoDate): string {
  const d = new Date(`${date}T00:00:00Z`);
  // The Thursday of the same week decides the year the week belongs to.
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of the ISO week holding `date`. */
export function isoWeekBounds(date: IsoDate): { monday: IsoDate; sunday: IsoDate } {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(date, -weekday);
  return { monday, sunday: addDays(monday, 6) };
}

/** True when the request's reply date has passed. */
export const requestOverdue = (r: SweepRequest, today: IsoDate) => r.responseDue < today;

function taskReminders(a: SweepAssignment, facts: SweepFacts, out: NotificationDraft[]) {
  const heads = facts.recipients('head', a.assigneeUnitId);
  const delegates = facts.recipients('delegate', a.assigneeUnitId);
  const assigners = facts.recipients('assigner', a.assigningUnitId);
  for (const t of a.tasks) {
    if (!isOpen(t.status)) continue;
    const base: NotificationParams = {
      taskId: t.taskId,
      taskTitle: t.title,
      unitName: a.assigneeUnitName,
      deadline: t.deadlineInForce,
      assignmentId: a.assignmentId,
    };
    const add = (users: readonly string[], kind: string, key: string, params = base) => {
      for (const userId of users)
        out.push({ userId, key, kind, params, entityType: 'task', entityId: t.taskId });
    };
    const at = `${t.taskId}:${t.deadlineInForce}`;
    if (t.status === 'due_soon') add([...heads, ...delegates], 'due_soon', `due_soon:${at}`);
    if (t.status === 'overdue') {
      add(heads, 'overdue', `overdue:${at}`);
      add(assigners, 'escalation', `escalation:${at}`, { ...base, headName: a.headName });
    }
    if (t.silent) {
      add(heads, 'silent', `silent:${t.taskId}:${t.lastCheckIn ?? 'issued'}`, {
        ...base,
        lastCheckIn: t.lastCheckIn,
        issuedOn: a.issuedOn,
      });
    }
  }
}

function requestAlerts(r: SweepRequest, facts: SweepFacts, out: NotificationDraft[]) {
  const params: NotificationParams = {
    taskId: r.taskId,
    taskTitle: r.taskTitle,
    subject: r.subject,
    unitName: r.raisedByUnitName,
    routedToUnitName: r.routedToUnitName,
    responseDue: r.responseDue,
    assignmentId: r.assignmentId,
  };
  const entity = { entityType: 'support_request', entityId: r.requestId };
  // Routed to the assigning body itself: its assigners are the ones who must answer, and nobody is above them here.
  const agency = r.routedTo === 'agency';
  const answerers = facts.recipients(agency ? 'supporter' : 'assigner', r.routedToUnitId);
  for (const userId of answerers)
    out.push({ userId, key: `request_overdue:${r.requestId}`, kind: 'request_overdue', params, ...entity });
  if (!agency) return;
  for (const userId of facts.recipients('assigner', r.assigningUnitId))
    out.push({
      userId,
      key: `request_escalated:${r.requestId}`,
      kind: 'request_escalated',
      params,
      ...entity,
    });
}

const emptyCounts = (): DigestCounts => ({
  openTasks: 0,
  dueSoon: 0,
  overdue: 0,
  silent: 0,
  openRequests: 0,
  overdueRequests: 0,
});

function countsOf(assignments: SweepAssignment[], requests: SweepRequest[], today: IsoDate): DigestCounts {
  const c = emptyCounts();
  for (const a of assignments)
    for (const t of a.tasks) {
      if (!isOpen(t.status)) continue;
      c.openTasks++;
      if (t.status === 'due_soon') c.dueSoon++;
      if (t.status === 'overdue') c.overdue++;
      if (t.silent) c.silent++;
    }
  const ids = new Set(assignments.map((a) => a.assignmentId));
  for (const r of requests) {
    if (!ids.has(r.assignmentId)) continue;
    c.openRequests++;
    if (requestOverdue(r, today)) c.overdueRequests++;
  }
  return c;
}

/** The weekly digest: one per head and assigner, a section per unit with open tasks or requests. */
function digests(facts: SweepFacts, out: NotificationDraft[]) {
  const week = isoWeek(facts.today);
  const sections = new Map<string, DigestSection[]>();
  const addSection = (users: readonly string[], section: DigestSection) => {
    // Nothing open (e.g. a cycle that has ended): nothing to report.
    if (section.counts.openTasks === 0 && section.counts.openRequests === 0) return;
    for (const u of users) sections.set(u, [...(sections.get(u) ?? []), section]);
  };
  const group = (unitOf: (a: SweepAssignment) => string) => {
    const map = new Map<string, SweepAssignment[]>();
    for (const a of facts.assignments) map.set(unitOf(a), [...(map.get(unitOf(a)) ?? []), a]);
    return map;
  };
  for (const [unitId, list] of group((a) => a.assigneeUnitId))
    addSection(facts.recipients('head', unitId), {
      role: 'head',
      unitName: list[0].assigneeUnitName,
      counts: countsOf(list, facts.requests, facts.today),
    });
  for (const [unitId, list] of group((a) => a.assigningUnitId))
    addSection(facts.recipients('assigner', unitId), {
      role: 'assigner',
      unitName: list[0].assigningUnitName,
      counts: { heads: list.length, ...countsOf(list, facts.requests, facts.today) },
    });
  for (const [userId, list] of sections)
    out.push({
      userId,
      key: `digest:${week}`,
      kind: 'digest',
      params: { week, sections: list },
      entityType: null,
      entityId: null,
    });
}

/** Every notification the facts call for, one per (user, key). */
export function planNotifications(facts: SweepFacts): NotificationDraft[] {
  const out: NotificationDraft[] = [];
  for (const a of facts.assignments) taskReminders(a, facts, out);
  for (const r of facts.requests) if (requestOverdue(r, facts.today)) requestAlerts(r, facts, out);
  if (facts.digestDue) digests(facts, out);
  const seen = new Set<string>();
  return out.filter((n) => {
    const id = `${n.userId}\u0000${n.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
