/**
 * The task model of an issued assignment (target or deliverable) and the rules for
 * reading a value "in force" on a date from its adjustment history. The fields of a
 * task always hold the values in force now; the history keeps every earlier value.
 */
import type { IsoDate } from './calendar.ts';

/** Points counted in hundredths (70 points = 7000) so that sums are exact integers. */
export type Hundredths = number;

/** The tags a task may carry (việc mới, khó, đột phá, điểm nghẽn, thường xuyên). */
export const TASK_TAGS = ['new', 'hard', 'breakthrough', 'bottleneck', 'routine'] as const;
/** One task tag. */
export type TaskTag = (typeof TASK_TAGS)[number];

/** Kinds of support the superior commits to give (không khoán trắng). */
export const SUPPORT_KINDS = ['resources', 'mechanism', 'policy', 'funds'] as const;
/** One kind of support commitment. */
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** Whether a target is met by reaching at least, or staying at most at, its value. */
export const DIRECTIONS = ['at_least', 'at_most'] as const;
/** Direction of a target. */
export type Direction = (typeof DIRECTIONS)[number];

/** How child values of a cascaded target roll up to the parent. */
export const ROLLUP_METHODS = ['sum', 'average', 'min'] as const;
/** Roll-up method chosen per target. */
export type RollupMethod = (typeof ROLLUP_METHODS)[number];

/** What the superior owes the head for one task, and by when. */
export interface SupportCommitment {
  kind: SupportKind;
  description: string;
  dueDate: IsoDate;
}

/** One value changed by an approved adjustment: the earlier value is kept in `from`. */
export type TaskChange = { adjustmentId: string; approvedOn: IsoDate } & (
  | { field: 'targetValue'; from: number; to: number }
  | { field: 'deadline'; from: IsoDate; to: IsoDate }
  | { field: 'weight'; from: Hundredths; to: Hundredths }
);

/** A field that adjustments may change. */
export type AdjustableField = TaskChange['field'];

/** Marks a task cancelled; it can only be set by applying an approved adjustment. */
export interface TaskCancellation {
  adjustmentId: string;
  approvedOn: IsoDate;
  reason: string;
}

interface TaskCommon {
  id: string;
  title: string;
  /** Weight in force, in hundredths of a point. */
  weight: Hundredths;
  /** Deadline in force (an approved extension moves it). */
  deadline: IsoDate;
  tags: TaskTag[];
  leadUnitId: string;
  headPostId: string;
  coordinatingUnitIds: string[];
  supportCommitments: SupportCommitment[];
  parentTaskId?: string | null;
  /** Changes made by approved adjustments, in approval order. */
  history: TaskChange[];
  cancellation?: TaskCancellation | null;
}

/** A numeric target (chỉ tiêu). */
export interface TargetTask extends TaskCommon {
  kind: 'target';
  metric: string;
  unitOfMeasure: string;
  baseline?: number | null;
  /** Target value in force. */
  targetValue: number;
  direction: Direction;
  rollup?: RollupMethod | null;
}

/** A task proven by a product (nhiệm vụ with a sản phẩm). */
export interface DeliverableTask extends TaskCommon {
  kind: 'deliverable';
  expectedProduct: string;
  acceptanceCriteria: string;
}

/** A task of an issued assignment. */
export type Task = TargetTask | DeliverableTask;

type FieldValue<F extends AdjustableField> = F extends 'deadline' ? IsoDate : number;

function currentValue<F extends AdjustableField>(task: Task, field: F): FieldValue<F> | undefined {
  if (field === 'targetValue')
    return task.kind === 'target' ? (task.targetValue as FieldValue<F>) : undefined;
  return task[field as 'deadline' | 'weight'] as FieldValue<F>;
}

/** The value a field had when the task was issued, before any adjustment. */
export function originalValue<F extends AdjustableField>(task: Task, field: F): FieldValue<F> | undefined {
  const first = task.history.find((change) => change.field === field);
  return first ? (first.from as FieldValue<F>) : currentValue(task, field);
}

/**
 * The value in force on `asOf`: the last change approved on or before that day, else the
 * original. Without `asOf`, the value in force now (the task's own field).
 */
export function valueInForce<F extends AdjustableField>(
  task: Task,
  field: F,
  asOf?: IsoDate,
): FieldValue<F> | undefined {
  if (asOf === undefined) return currentValue(task, field);
  let value = originalValue(task, field);
  for (const change of task.history) {
    if (change.field === field && change.approvedOn <= asOf) value = change.to as FieldValue<F>;
  }
  return value;
}

/** The deadline in force on `asOf` (now when omitted). */
export function deadlineInForce(task: Task, asOf?: IsoDate): IsoDate {
  return valueInForce(task, 'deadline', asOf) as IsoDate;
}

/** True when the task was cancelled by an adjustment approved on or before `asOf` (ever, when omitted). */
export function isCancelled(task: Task, asOf?: IsoDate): boolean {
  if (!task.cancellation) return false;
  return asOf === undefined || task.cancellation.approvedOn <= asOf;
}

/** The tasks that still count (not cancelled); cancelled tasks are left out of every count. */
export function activeTasks<T extends Task>(tasks: readonly T[], asOf?: IsoDate): T[] {
  return tasks.filter((task) => !isCancelled(task, asOf));
}

/** Sum of the weights in force of the tasks that still count. */
export function activeWeightSum(tasks: readonly Task[]): Hundredths {
  return activeTasks(tasks).reduce((sum, task) => sum + task.weight, 0);
}
