/**
 * The rules a check-in must meet (SPEC §2, §3), as one pure function: the task is not
 * cancelled, the assignment is committed or in progress, the task's kind decides
 * between a value (targets) and a percent (deliverables), and the report date lies
 * between the assignment's issue and both today and the cycle's end.
 */
import type { CheckInData } from '../../../contracts/check-ins.ts';
import type { FieldIssue } from '../../../contracts/errors.ts';
import { AppError } from '../../domain/app-error.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';

/** Assignment states in which progress is reported. */
export const REPORTING_STATES = ['committed', 'in_progress'] as const;

export type CheckInFacts = {
  task: { kind: string; cancelledOn: IsoDate | null };
  assignmentState: string;
  /** The day the assignment was issued (its decision date). */
  issuedOn: IsoDate | null;
  cycleEnd: IsoDate;
  today: IsoDate;
  /** Files, links and documents attached, together. */
  evidenceCount: number;
};

const field = (name: string, code: string): Omit<FieldIssue, 'message'>[] => [{ field: name, code }];

/** True when a check-in may be recorded on the task now (the date and fields aside). */
export function isReportable(facts: Pick<CheckInFacts, 'task' | 'assignmentState'>): boolean {
  return (
    facts.task.cancelledOn === null && (REPORTING_STATES as readonly string[]).includes(facts.assignmentState)
  );
}

/** Throws the first rule `data` breaks (422 naming the field), or returns quietly. */
export function assertCheckInAllowed(facts: CheckInFacts, data: CheckInData): void {
  if (facts.task.cancelledOn !== null)
    throw new AppError('check_in_task_cancelled', { cancelledOn: facts.task.cancelledOn });
  if (!(REPORTING_STATES as readonly string[]).includes(facts.assignmentState))
    throw new AppError('check_in_assignment_state', { state: facts.assignmentState });

  if (facts.task.kind === 'target') {
    if (data.percent !== undefined)
      throw new AppError(
        'check_in_field_not_for_kind',
        { field: 'percent' },
        field('percent', 'not_for_kind'),
      );
    if (data.submitsProduct)
      throw new AppError(
        'check_in_field_not_for_kind',
        { field: 'submitsProduct' },
        field('submitsProduct', 'not_for_kind'),
      );
    if (data.value === undefined)
      throw new AppError('check_in_value_required', {}, field('value', 'required'));
  } else {
    if (data.value !== undefined)
      throw new AppError('check_in_field_not_for_kind', { field: 'value' }, field('value', 'not_for_kind'));
    if (data.percent === undefined)
      throw new AppError('check_in_percent_required', {}, field('percent', 'required'));
  }

  const reportedOn = data.reportedOn;
  if (reportedOn > facts.today)
    throw new AppError(
      'check_in_date_in_future',
      { reportedOn, today: facts.today },
      field('reportedOn', 'in_future'),
    );
  if (facts.issuedOn && reportedOn < facts.issuedOn)
    throw new AppError(
      'check_in_date_before_issue',
      { reportedOn, issuedOn: facts.issuedOn },
      field('reportedOn', 'before_issue'),
    );
  if (reportedOn > facts.cycleEnd)
    throw new AppError(
      'check_in_date_after_cycle',
      { reportedOn, cycleEnd: facts.cycleEnd },
      field('reportedOn', 'after_cycle'),
    );

  if (data.submitsProduct && facts.evidenceCount === 0)
    throw new AppError('check_in_product_needs_evidence', {}, field('files', 'required'));
  (data.documents ?? []).forEach((d, i) => {
    if (d.date && d.date > reportedOn)
      throw new AppError(
        'check_in_document_after_report',
        { number: d.number, date: d.date, reportedOn },
        field(`documents.${i}.date`, 'after_report'),
      );
  });
}
