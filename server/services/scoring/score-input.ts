/**
 * Points as people type them (at most 2 decimals) checked against their item's range and
 * turned into hundredths, with one error per cause that names the field and the item:
 * a council member's sheet and the head's self-scores use the same checks.
 */
import type { Locale } from '../../../contracts/errors.ts';
import { AppError } from '../../domain/app-error.ts';
import type { MemberCriterionScore, MemberTaskScore } from '../../domain/scoring/aggregate.ts';
import { DomainError } from '../../domain/scoring/errors.ts';
import { formatHundredths, type Hundredths, parseHundredths } from '../../domain/scoring/exact.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';

/** Points as messages show them: 2000 → "20", 1750 → "17,5" (vi) or "17.5" (en). */
export function pointsText(h: Hundredths, locale: Locale): string {
  const plain = formatHundredths(h).replace(/\.?0+$/, '');
  return locale === 'vi' ? plain.replace('.', ',') : plain;
}

/** Hundredths as the API's points (1750 → 17.5). */
export const toPoints = (h: Hundredths): number => h / 100;

const CODES = {
  score: { negative: 'score_negative', above: 'score_above_weight', decimals: 'score_too_many_decimals' },
  bonus: { negative: 'bonus_negative', above: 'bonus_above_limit', decimals: 'bonus_too_many_decimals' },
  criterion: {
    negative: 'criterion_score_negative',
    above: 'criterion_score_above_max',
    decimals: 'criterion_score_too_many_decimals',
  },
} as const;

/** What a score is given to, for the message: a task by its number or a criterion by its label. */
export type ScoreTarget =
  | { kind: 'score' | 'bonus'; task: number }
  | { kind: 'criterion'; criterion: string };

/** Typed points → hundredths in [0, max]; a 422 naming `field` otherwise. */
export function checkedPoints(
  value: number,
  max: Hundredths,
  target: ScoreTarget,
  field: string,
  locale: Locale,
): Hundredths {
  const codes = CODES[target.kind];
  const { kind: _, ...params } = target;
  let h: Hundredths;
  try {
    h = parseHundredths(value);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'too_many_decimals')
      throw new AppError(codes.decimals, params, [{ field, code: codes.decimals }]);
    throw error;
  }
  if (h < 0) throw new AppError(codes.negative, params, [{ field, code: codes.negative }]);
  if (h > max)
    throw new AppError(codes.above, { ...params, max: pointsText(max, locale) }, [
      { field, code: codes.above },
    ]);
  return h;
}

/** The part of a task a score is checked against. */
export interface ScoredItem {
  taskId: string;
  /** 1-based position in the assignment, as the head and the council number tasks. */
  number: number;
  weight: Hundredths;
  cancelled: boolean;
}

/** A task id of the sheet, checked: known, not cancelled, not repeated. */
export function checkedTask(
  taskId: string,
  items: ReadonlyMap<string, ScoredItem>,
  seen: Set<string>,
  field: string,
  scored = true,
): ScoredItem {
  const item = items.get(taskId);
  if (!item) throw new AppError('score_unknown_task', { taskId }, [{ field, code: 'score_unknown_task' }]);
  if (item.cancelled && scored)
    throw new AppError('score_task_cancelled', { task: item.number }, [
      { field, code: 'score_task_cancelled' },
    ]);
  if (seen.has(taskId))
    throw new AppError('score_duplicate_task', { task: item.number }, [
      { field, code: 'score_duplicate_task' },
    ]);
  seen.add(taskId);
  return item;
}

/** A criterion key of the sheet, checked: in the policy, not repeated. */
export function checkedCriterion(
  key: string,
  policy: ScoringPolicy,
  seen: Set<string>,
  field: string,
  locale: Locale,
) {
  const criterion = policy.generalCriteria.find((c) => c.key === key);
  if (!criterion)
    throw new AppError('score_unknown_criterion', { key }, [{ field, code: 'score_unknown_criterion' }]);
  if (seen.has(key))
    throw new AppError('score_duplicate_criterion', { criterion: criterion.label[locale] }, [
      { field, code: 'score_duplicate_criterion' },
    ]);
  seen.add(key);
  return criterion;
}

export interface SheetInput {
  tasks: readonly { taskId: string; score: number; bonus?: number | null }[];
  criteria: readonly { key: string; score: number }[];
}

export interface CheckedSheet {
  tasks: MemberTaskScore[];
  criteria: MemberCriterionScore[];
  /** Items (tasks that are not cancelled, and criteria) still unscored. */
  missing: { kind: 'task' | 'criterion'; id: string; field: string }[];
}

/** A member's sheet as typed → hundredths, refusing the first bad entry with its field. */
export function checkSheetInput(
  input: SheetInput,
  items: readonly ScoredItem[],
  policy: ScoringPolicy,
  locale: Locale,
): CheckedSheet {
  const byId = new Map(items.map((i) => [i.taskId, i]));
  const seenTasks = new Set<string>();
  const tasks = input.tasks.map((entry, i): MemberTaskScore => {
    const item = checkedTask(entry.taskId, byId, seenTasks, `tasks.${i}.taskId`);
    const target = { task: item.number };
    const score = checkedPoints(
      entry.score,
      item.weight,
      { kind: 'score', ...target },
      `tasks.${i}.score`,
      locale,
    );
    const bonus =
      entry.bonus === undefined || entry.bonus === null
        ? 0
        : checkedPoints(
            entry.bonus,
            policy.bonusPerTask,
            { kind: 'bonus', ...target },
            `tasks.${i}.bonus`,
            locale,
          );
    return { taskId: entry.taskId, score, bonus };
  });
  const seenKeys = new Set<string>();
  const criteria = input.criteria.map((entry, i): MemberCriterionScore => {
    const c = checkedCriterion(entry.key, policy, seenKeys, `criteria.${i}.key`, locale);
    const field = `criteria.${i}.score`;
    const score = checkedPoints(
      entry.score,
      c.max,
      { kind: 'criterion', criterion: c.label[locale] },
      field,
      locale,
    );
    return { key: entry.key, score };
  });
  const missing = [
    ...items
      .filter((item) => !item.cancelled && !seenTasks.has(item.taskId))
      .map((item) => ({ kind: 'task' as const, id: item.taskId, field: 'tasks' })),
    ...policy.generalCriteria
      .filter((c) => !seenKeys.has(c.key))
      .map((c) => ({ kind: 'criterion' as const, id: c.key, field: 'criteria' })),
  ];
  return { tasks, criteria, missing };
}
