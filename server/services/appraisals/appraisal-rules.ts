/**
 * The rules an appraisal must satisfy before it is recorded (pure: no database, no
 * clock). Recording calls them with the assignment's tasks and check-ins; each
 * problem names the field it is about, so a form can point at it.
 */
import type { APPRAISAL_ERRORS } from '../../../contracts/errors/appraisals.ts';
import { addDays, type IsoDate } from '../../domain/assignment/calendar.ts';

export type AppraisalKind = 'quarterly' | 'ad_hoc';
export type Progress = 'on_track' | 'at_risk' | 'late';
export type ProductDecision = 'accepted' | 'returned' | 'rejected';

/** One task's line as the appraiser enters it. */
export interface AppraisalItemInput {
  taskId: string;
  progress: Progress;
  verifiedValue?: number | null;
  verifiedFraction?: number | null;
  productDecision?: ProductDecision | null;
  decisionReason?: string | null;
  acceptedCheckInId?: string | null;
  exceeded?: boolean | null;
  findings?: string | null;
  recommendation?: string | null;
}

/** An appraisal as the appraiser enters it. */
export interface AppraisalInput {
  kind: AppraisalKind;
  quarter?: number | null;
  appraisedOn: IsoDate;
  findings?: string | null;
  recommendations?: string | null;
  items: AppraisalItemInput[];
}

/** What the rules need to know about each task of the assignment. */
export interface AppraisedTaskFacts {
  id: string;
  /** The task's number in the assignment (1-based), as messages cite it. */
  number: number;
  kind: 'target' | 'deliverable';
  cancelledOn: IsoDate | null;
  /** Check-ins in force (no later entry corrects them), oldest first. */
  checkIns: { id: string; reportedOn: IsoDate; submitsProduct: boolean }[];
}

/** The dates the appraisal date is checked against. */
export interface AppraisalCalendar {
  today: IsoDate;
  issuedOn: IsoDate;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
}

/** Days after the cycle's end during which its year-end appraisal may still be dated. */
export const APPRAISAL_GRACE_DAYS = 60;

export type AppraisalErrorCode = keyof typeof APPRAISAL_ERRORS;
export type AppraisalProblem = { code: AppraisalErrorCode; field: string; params: Record<string, unknown> };

/** A line ready to store: defaults filled in (an accepted product's share is 1, its carrying check-in found). */
export interface NormalizedItem extends AppraisalItemInput {
  verifiedValue: number | null;
  verifiedFraction: number | null;
  productDecision: ProductDecision | null;
  acceptedCheckInId: string | null;
  exceeded: boolean;
}

/** First day of quarter `quarter` of the cycle's (first) year. */
export function quarterStart(cycleStart: IsoDate, quarter: number): IsoDate {
  return `${cycleStart.slice(0, 4)}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Last day of quarter `quarter` of the cycle's (first) year. */
export function quarterEnd(cycleStart: IsoDate, quarter: number): IsoDate {
  return quarter === 4
    ? `${cycleStart.slice(0, 4)}-12-31`
    : addDays(quarterStart(cycleStart, quarter + 1), -1);
}

function dateProblems(input: AppraisalInput, cal: AppraisalCalendar): AppraisalProblem[] {
  const out: AppraisalProblem[] = [];
  const on = input.appraisedOn;
  const lastDay = addDays(cal.cycleEnd, APPRAISAL_GRACE_DAYS);
  if (on > cal.today)
    out.push({ code: 'appraisal_date_in_future', field: 'appraisedOn', params: { today: cal.today } });
  if (on < cal.issuedOn)
    out.push({
      code: 'appraisal_date_before_issue',
      field: 'appraisedOn',
      params: { issuedOn: cal.issuedOn },
    });
  if (on > lastDay)
    out.push({ code: 'appraisal_date_after_window', field: 'appraisedOn', params: { lastDay } });
  const quarter = input.quarter ?? null;
  if (input.kind === 'quarterly' && quarter === null)
    out.push({ code: 'appraisal_quarter_required', field: 'quarter', params: {} });
  if (input.kind === 'ad_hoc' && quarter !== null)
    out.push({ code: 'appraisal_quarter_not_allowed', field: 'quarter', params: {} });
  if (input.kind === 'quarterly' && quarter !== null) {
    const start = quarterStart(cal.cycleStart, quarter);
    if (start > on)
      out.push({
        code: 'appraisal_quarter_not_started',
        field: 'quarter',
        params: { quarter, quarterStart: start },
      });
  }
  return out;
}

const given = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function itemProblems(
  item: AppraisalItemInput,
  index: number,
  task: AppraisedTaskFacts,
  appraisedOn: IsoDate,
): AppraisalProblem[] {
  const at = (name: string) => `items.${index}.${name}`;
  const params = { number: task.number };
  const problem = (code: AppraisalErrorCode, name: string): AppraisalProblem => ({
    code,
    field: at(name),
    params,
  });
  if (task.cancelledOn !== null && task.cancelledOn <= appraisedOn)
    return [problem('appraisal_task_cancelled', 'taskId')];
  if (task.kind === 'target') {
    const out: AppraisalProblem[] = [];
    for (const name of ['verifiedFraction', 'productDecision', 'acceptedCheckInId'] as const)
      if (given(item[name])) out.push(problem('appraisal_deliverable_field_only', name));
    if (item.exceeded) out.push(problem('appraisal_deliverable_field_only', 'exceeded'));
    return out;
  }
  const out: AppraisalProblem[] = [];
  if (given(item.verifiedValue)) out.push(problem('appraisal_value_for_targets_only', 'verifiedValue'));
  const accepted = item.productDecision === 'accepted';
  if (
    (item.productDecision === 'returned' || item.productDecision === 'rejected') &&
    !item.decisionReason?.trim()
  )
    out.push(problem('appraisal_reason_required', 'decisionReason'));
  if (accepted && given(item.verifiedFraction) && item.verifiedFraction !== 1)
    out.push(problem('appraisal_accepted_not_whole', 'verifiedFraction'));
  if (!accepted && item.verifiedFraction === 1)
    out.push(problem('appraisal_whole_needs_acceptance', 'verifiedFraction'));
  if (!accepted && given(item.acceptedCheckInId))
    out.push(problem('appraisal_check_in_not_accepted', 'acceptedCheckInId'));
  if (!accepted && item.exceeded) out.push(problem('appraisal_exceeded_needs_acceptance', 'exceeded'));
  if (accepted && given(item.acceptedCheckInId)) {
    const carrier = task.checkIns.find((c) => c.id === item.acceptedCheckInId);
    if (!carrier || carrier.reportedOn > appraisedOn)
      out.push(problem('appraisal_check_in_invalid', 'acceptedCheckInId'));
  }
  return out;
}

/** The check-in that carried the product: the latest in force, dated by the appraisal, that submits it. */
export function defaultCarrier(task: AppraisedTaskFacts, appraisedOn: IsoDate): string | null {
  return task.checkIns.filter((c) => c.submitsProduct && c.reportedOn <= appraisedOn).at(-1)?.id ?? null;
}

/**
 * Every problem of `input` against the assignment's tasks, in the order a form shows
 * them (dates, then each line), and the lines ready to store when there is none.
 */
export function checkAppraisal(
  input: AppraisalInput,
  tasks: readonly AppraisedTaskFacts[],
  cal: AppraisalCalendar,
): { problems: AppraisalProblem[]; items: NormalizedItem[] } {
  const problems = dateProblems(input, cal);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const items: NormalizedItem[] = [];
  input.items.forEach((item, index) => {
    const task = byId.get(item.taskId);
    if (!task) {
      problems.push({ code: 'appraisal_task_unknown', field: `items.${index}.taskId`, params: {} });
      return;
    }
    if (seen.has(task.id)) {
      problems.push({
        code: 'appraisal_task_repeated',
        field: `items.${index}.taskId`,
        params: { number: task.number },
      });
      return;
    }
    seen.add(task.id);
    problems.push(...itemProblems(item, index, task, input.appraisedOn));
    const accepted = item.productDecision === 'accepted';
    items.push({
      ...item,
      verifiedValue: item.verifiedValue ?? null,
      verifiedFraction: accepted ? 1 : (item.verifiedFraction ?? null),
      productDecision: item.productDecision ?? null,
      acceptedCheckInId: accepted
        ? (item.acceptedCheckInId ?? defaultCarrier(task, input.appraisedOn))
        : null,
      exceeded: accepted && item.exceeded === true,
    });
  });
  return { problems, items };
}
