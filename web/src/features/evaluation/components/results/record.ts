import type { ResultDto } from '../../../../../../contracts/results.ts';

/**
 * The parts of a stored evaluation record the screens read (see the server's
 * EvaluationRecord): exact fractions as "n/d", hundredths as integers.
 */
export type RecordView = {
  total?: {
    exact: string;
    general: string;
    tasks: string;
    bonusBeforeCap: string;
    bonus: string;
    deductions: string;
    clamped: 'low' | 'high' | null;
  };
  classification?: {
    counts?: { tasks: number; done: number; onTime: number; late: number; exceeded: number };
    cappedBySubUnitRule?: { from: string; unitIds: string[] } | null;
  };
  spreadFlags?: { kind: 'task' | 'criterion'; id: string; spread: number }[];
  deductionsApplied?: { points: number; reason?: string }[];
  disqualifyingEvents?: { kind: string; note?: string }[];
  asOf?: string;
};

/** The record of a result, typed for display. */
export const recordOf = (r: ResultDto): RecordView => r.record as RecordView;

/** How many items the members' scores disagree on beyond the policy's spread. */
export const spreadCount = (r: ResultDto): number => recordOf(r).spreadFlags?.length ?? 0;

/** One head's decision as the table edits it. */
export type Decision = { level: ResultDto['level']; reason: string };

/** True when a decision differs from the proposal and so needs a written reason. */
export const needsReason = (r: ResultDto, d: Decision | undefined): boolean =>
  Boolean(d && d.level !== r.proposedLevel);
