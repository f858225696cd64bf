/**
 * From stored check-ins and appraisal lines to the records the status and scoring rules
 * read. Check-ins are never edited: a correction is a new entry naming the one it
 * replaces, and only the entries nobody corrected count.
 */
import type { IsoDate } from '../assignment/calendar.ts';
import type { Appraisal, CheckIn } from '../assignment/completion.ts';

/** A stored check-in, as far as the rules care. */
export interface CheckInRecord {
  id: string;
  taskId: string;
  reportedOn: IsoDate;
  value: string | number | null;
  percent: number | null;
  submitsProduct: boolean;
  correctsId: string | null;
  createdAt: Date | string;
}

/** A stored appraisal line with its appraisal's date. */
export interface AppraisalLineRecord {
  taskId: string;
  appraisedOn: IsoDate;
  createdAt: Date | string;
  verifiedValue: string | number | null;
  verifiedFraction: string | number | null;
  progress: string;
  productDecision: string | null;
  acceptedCheckInId: string | null;
  exceeded: boolean;
}

function time(value: Date | string): number {
  return value instanceof Date ? value.getTime() : Date.parse(value);
}

function num(value: string | number | null): number | null {
  if (value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The check-ins in force: every entry that no later entry corrects, oldest first. */
export function effectiveCheckIns<T extends CheckInRecord>(records: readonly T[]): T[] {
  const corrected = new Set(records.map((r) => r.correctsId).filter((id): id is string => id !== null));
  return records
    .filter((r) => !corrected.has(r.id))
    .sort((a, b) =>
      a.reportedOn < b.reportedOn
        ? -1
        : a.reportedOn > b.reportedOn
          ? 1
          : time(a.createdAt) - time(b.createdAt),
    );
}

/** Check-ins in force as the status rules' records. */
export function toCheckIns(records: readonly CheckInRecord[]): CheckIn[] {
  return effectiveCheckIns(records).map((r) => ({ id: r.id, date: r.reportedOn, value: num(r.value) }));
}

/** Appraisal lines, oldest first, as the status rules' records (at risk when judged at risk or late). */
export function toAppraisals(lines: readonly AppraisalLineRecord[]): Appraisal[] {
  return [...lines]
    .sort((a, b) =>
      a.appraisedOn < b.appraisedOn
        ? -1
        : a.appraisedOn > b.appraisedOn
          ? 1
          : time(a.createdAt) - time(b.createdAt),
    )
    .map((line) => ({
      date: line.appraisedOn,
      verifiedValue: num(line.verifiedValue),
      appraisedFraction:
        // Recording refuses a share of 1 without acceptance, so only an accepted product is complete.
        // A returned or rejected product without a share undoes an earlier acceptance.
        line.productDecision === 'accepted'
          ? 1
          : (num(line.verifiedFraction) ?? (line.productDecision ? 0 : null)),
      acceptedCheckInId: line.productDecision === 'accepted' ? line.acceptedCheckInId : null,
      exceeded: line.productDecision === 'accepted' && line.exceeded,
      atRisk: line.progress === 'at_risk' || line.progress === 'late',
    }));
}
