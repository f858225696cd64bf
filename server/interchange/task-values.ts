import type { InterchangeTask } from '../../contracts/interchange/cycle-format.ts';
import type { IsoDate } from '../domain/scoring/task-facts.ts';

/**
 * A task's values on a date, read from its approved changes: the last change approved on
 * or before that day, else the value as issued (the first change's `from`). The same
 * reading as the stored tasks' (server/domain/assignment/task.ts), so a file and the
 * database give the same facts.
 */

type Field = InterchangeTask['history'][number]['field'];
type Value<F extends Field> = F extends 'weight' ? number : string;

/** The value as issued: the first change of the field keeps it; without one, the value in force. */
export function originalValue<F extends Field>(task: InterchangeTask, field: F): Value<F> | null {
  const first = task.history.find((c) => c.field === field);
  if (first) return first.from as Value<F>;
  const current =
    field === 'weight'
      ? task.weight
      : field === 'deadline'
        ? task.deadline
        : task.kind === 'target'
          ? task.targetValue
          : null;
  return current as Value<F> | null;
}

/** The value in force on `asOf`. */
export function valueOn<F extends Field>(task: InterchangeTask, field: F, asOf: IsoDate): Value<F> | null {
  let value = originalValue(task, field);
  for (const change of task.history) {
    if (change.field === field && change.approvedOn <= asOf) value = change.to as Value<F>;
  }
  return value;
}

/** Cancelled by an adjustment approved on or before `asOf`. */
export const cancelledOn = (task: InterchangeTask, asOf: IsoDate): boolean =>
  task.cancellation !== null && task.cancellation.approvedOn <= asOf;
