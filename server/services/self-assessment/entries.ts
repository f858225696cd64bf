/**
 * The head's entries checked and converted (pure): per task an explanation and a
 * self-score in [0, weight], per general criterion a self-score in [0, max]. A cancelled
 * task may be explained but not scored.
 */
import type { Locale } from '../../../contracts/errors.ts';
import type { SaveSelfAssessmentInput } from '../../../contracts/self-assessment.ts';
import { type LoadedTask, toDomainTask } from '../../db/repositories/assignments.ts';
import type { IsoDate } from '../../domain/assignment/calendar.ts';
import { isCancelled, valueInForce } from '../../domain/assignment/task.ts';
import type { Hundredths } from '../../domain/scoring/exact.ts';
import type { ScoringPolicy } from '../../domain/scoring/policy.ts';
import {
  checkedCriterion,
  checkedPoints,
  checkedTask,
  type ScoredItem,
  toPoints,
} from '../scoring/score-input.ts';

export interface TaskEntry {
  taskId: string;
  explanation: string | null;
  selfScore: Hundredths | null;
}

export interface CriterionEntry {
  key: string;
  selfScore: Hundredths | null;
}

/** The tasks as the head scores them on `today`: weight in force, cancelled or not. */
export function selfScoredItems(
  loaded: readonly LoadedTask[],
  headPostId: string,
  today: IsoDate,
): ScoredItem[] {
  return loaded.map((t, i) => {
    const task = toDomainTask(t, headPostId);
    return {
      taskId: t.task.id,
      number: i + 1,
      weight: (valueInForce(task, 'weight', today) as number | undefined) ?? task.weight,
      cancelled: isCancelled(task, today),
    };
  });
}

/** Typed entries → stored entries (hundredths); the first bad one is refused with its field. */
export function checkEntries(
  input: Pick<SaveSelfAssessmentInput, 'taskEntries' | 'criterionEntries'>,
  items: readonly ScoredItem[],
  policy: ScoringPolicy,
  locale: Locale,
): { taskEntries: TaskEntry[]; criterionEntries: CriterionEntry[] } {
  const byId = new Map(items.map((i) => [i.taskId, i]));
  const seen = new Set<string>();
  const taskEntries = input.taskEntries.map((e, i): TaskEntry => {
    const scored = e.selfScore !== undefined && e.selfScore !== null;
    const item = checkedTask(e.taskId, byId, seen, `taskEntries.${i}.taskId`, scored);
    const field = `taskEntries.${i}.selfScore`;
    return {
      taskId: e.taskId,
      explanation: e.explanation?.trim() || null,
      selfScore: scored
        ? checkedPoints(e.selfScore!, item.weight, { kind: 'score', task: item.number }, field, locale)
        : null,
    };
  });
  const keys = new Set<string>();
  const criterionEntries = input.criterionEntries.map((e, i): CriterionEntry => {
    const c = checkedCriterion(e.key, policy, keys, `criterionEntries.${i}.key`, locale);
    const field = `criterionEntries.${i}.selfScore`;
    const scored = e.selfScore !== undefined && e.selfScore !== null;
    return {
      key: e.key,
      selfScore: scored
        ? checkedPoints(e.selfScore!, c.max, { kind: 'criterion', criterion: c.label[locale] }, field, locale)
        : null,
    };
  });
  return { taskEntries, criterionEntries };
}

/** Stored entries back as typed input (points), to check them again against today's weights. */
export function asInput(taskEntries: TaskEntry[], criterionEntries: CriterionEntry[]) {
  return {
    taskEntries: taskEntries.map((e) => ({
      taskId: e.taskId,
      explanation: e.explanation,
      selfScore: e.selfScore === null ? null : toPoints(e.selfScore),
    })),
    criterionEntries: criterionEntries.map((e) => ({
      key: e.key,
      selfScore: e.selfScore === null ? null : toPoints(e.selfScore),
    })),
  };
}

/** The fields still missing a self-score: every task not cancelled, every criterion. */
export function missingSelfScores(
  taskEntries: readonly TaskEntry[],
  criterionEntries: readonly CriterionEntry[],
  items: readonly ScoredItem[],
  policy: ScoringPolicy,
): { field: string; code: string }[] {
  const scoredTasks = new Set(taskEntries.filter((e) => e.selfScore !== null).map((e) => e.taskId));
  const scoredKeys = new Set(criterionEntries.filter((e) => e.selfScore !== null).map((e) => e.key));
  const code = 'self_assessment_incomplete';
  return [
    ...items
      .filter((item) => !item.cancelled && !scoredTasks.has(item.taskId))
      .map((item) => ({ field: `tasks.${item.number - 1}.selfScore`, code })),
    ...policy.generalCriteria
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => !scoredKeys.has(c.key))
      .map(({ i }) => ({ field: `criteria.${i}.selfScore`, code })),
  ];
}
