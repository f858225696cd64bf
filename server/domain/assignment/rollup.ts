/**
 * Cascaded targets: a parent target (e.g. the province's) split among child tasks given
 * to the units under the head, whose values roll up to the parent by the method chosen
 * for that target: 'sum' (totals such as new businesses), 'average' (rates),
 * 'min' (floors every unit must reach). Sums are computed in exact decimal so that
 * 0.1 + 0.2 rolls up to 0.3 and meets a 0.3 target.
 */
import { meetsTarget } from './completion.ts';
import type { Direction, RollupMethod } from './task.ts';

/**
 * What to do with children that have no value yet:
 * - 'exclude' (default): roll up the children that reported; the result is marked incomplete;
 * - 'as_zero': count them as 0 (pessimistic: a sum or average only grows as they report);
 * - 'wait': no value until every child has one.
 */
export type MissingChildValues = 'exclude' | 'as_zero' | 'wait';

/** One child's current value; cancelled children are left out entirely. */
export interface ChildValue {
  taskId: string;
  value: number | null;
  cancelled?: boolean;
}

/** The rolled-up value and how much of it is known. */
export interface RollupResult {
  /** Null when no child could be counted, or under 'wait' while some are missing. */
  value: number | null;
  /** Every non-cancelled child has a value (and there is at least one child). */
  complete: boolean;
  /** How many children the value is computed from. */
  counted: number;
  /** Non-cancelled children without a value. */
  missingTaskIds: string[];
}

function decimals(value: number): number {
  const [mantissa, exponent] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** Scales the values to integers sharing one power of ten, or null when that would lose precision. */
function scaled(values: readonly number[]): { ints: number[]; scale: number } | null {
  const places = Math.max(0, ...values.map(decimals));
  if (places > 15) return null;
  const scale = 10 ** places;
  const ints = values.map((value) => Math.round(value * scale));
  const total = ints.reduce((sum, n) => sum + Math.abs(n), 0);
  return Number.isSafeInteger(total) ? { ints, scale } : null;
}

/** Sum of decimal numbers without binary rounding noise (exactSum([0.1, 0.2]) === 0.3). */
export function exactSum(values: readonly number[]): number {
  const exact = scaled(values);
  if (!exact) return values.reduce((sum, value) => sum + value, 0);
  // One correctly rounded division gives the double nearest the exact decimal result.
  return exact.ints.reduce((sum, n) => sum + n, 0) / exact.scale;
}

/** Mean of decimal numbers, rounded once (exactMean([0.1, 0.2, 0.3]) === 0.2). */
export function exactMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const exact = scaled(values);
  if (!exact) return values.reduce((sum, value) => sum + value, 0) / values.length;
  return exact.ints.reduce((sum, n) => sum + n, 0) / (exact.scale * values.length);
}

function combine(method: RollupMethod, values: readonly number[]): number {
  if (method === 'sum') return exactSum(values);
  if (method === 'average') return exactMean(values);
  return Math.min(...values);
}

/** Rolls the children's values up to the parent by `method`, treating missing values per `missing`. */
export function rollUp(
  method: RollupMethod,
  children: readonly ChildValue[],
  missing: MissingChildValues = 'exclude',
): RollupResult {
  const live = children.filter((child) => !child.cancelled);
  const missingTaskIds = live.filter((child) => child.value === null).map((child) => child.taskId);
  const reported = live.flatMap((child) => (child.value === null ? [] : [child.value]));
  const complete = live.length > 0 && missingTaskIds.length === 0;
  const values = missing === 'as_zero' ? [...reported, ...missingTaskIds.map(() => 0)] : reported;
  if (values.length === 0 || (missing === 'wait' && !complete)) {
    return { value: null, complete, counted: 0, missingTaskIds };
  }
  return { value: combine(method, values), complete, counted: values.length, missingTaskIds };
}

/** The parent target being split. */
export interface ParentTarget {
  targetValue: number;
  direction: Direction;
  unitOfMeasure: string;
  rollup: RollupMethod;
}

/** A child task's share of the parent target. */
export interface ChildTarget {
  taskId: string;
  targetValue: number;
  direction: Direction;
  unitOfMeasure: string;
  cancelled?: boolean;
}

/** One reason a split does not add up to its parent. */
export interface SplitProblem {
  taskId?: string;
  code: string;
  params: Record<string, unknown>;
}

function sameUnit(a: string, b: string): boolean {
  const norm = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');
  return norm(a) === norm(b);
}

/**
 * Every reason the children's targets do not honour the parent's: each child must use the
 * parent's direction and unit, and the children's targets, rolled up the parent's way,
 * must meet the parent target (so that children all done means parent done).
 */
export function splitProblems(parent: ParentTarget, children: readonly ChildTarget[]): SplitProblem[] {
  const live = children.filter((child) => !child.cancelled);
  if (live.length === 0) return [{ code: 'no_children', params: {} }];
  const problems: SplitProblem[] = [];
  for (const child of live) {
    if (child.direction !== parent.direction) {
      problems.push({
        taskId: child.taskId,
        code: 'direction_mismatch',
        params: { expected: parent.direction },
      });
    }
    if (!sameUnit(child.unitOfMeasure, parent.unitOfMeasure)) {
      problems.push({
        taskId: child.taskId,
        code: 'unit_mismatch',
        params: { expected: parent.unitOfMeasure },
      });
    }
  }
  const rolledUp = combine(
    parent.rollup,
    live.map((child) => child.targetValue),
  );
  if (!meetsTarget(rolledUp, parent.targetValue, parent.direction)) {
    problems.push({
      code: 'split_does_not_meet_parent',
      params: { rolledUp, parentTarget: parent.targetValue, method: parent.rollup },
    });
  }
  return problems;
}
