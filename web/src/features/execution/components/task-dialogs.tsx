import type { CheckInDto } from '../../../../../contracts/check-ins.ts';
import type { TaskPageDto, TaskStatusDto } from '../../../../../contracts/execution.ts';
import { useTaskPage } from '../api/execution.ts';
import { CheckInModal } from './check-in-modal.tsx';
import { SupportRequestModal } from './support-request-modal.tsx';

/** The task a dialog opens on: what the board already knows; the rest is fetched. */
export type DialogTask = Pick<TaskStatusDto, 'taskId' | 'title' | 'kind' | 'lastCheckIn'>;

/** A task action opened from a list: a check-in (or a correction) or a support request. */
export type TaskDialog =
  | { kind: 'check-in'; task: DialogTask; correcting?: CheckInDto }
  | { kind: 'request'; task: DialogTask }
  | null;

function agencies(page: TaskPageDto | undefined) {
  if (!page) return [];
  const units = [page.task.leadUnit, ...page.task.coordinatingUnits].filter(
    (u): u is NonNullable<typeof u> => u !== null && u.id !== page.assignment.assigneeUnit.id,
  );
  return units.map((u) => ({ id: u.id, name: u.name }));
}

/**
 * Opens the check-in or support-request form for a task. The board knows the task's title and
 * kind; its target, unit and agencies come from the task page (usually already cached).
 */
export function TaskDialogs({ dialog, onClose }: { dialog: TaskDialog; onClose: () => void }) {
  const page = useTaskPage(dialog?.task.taskId);
  if (!dialog) return null;
  const task = page.data?.task;
  if (dialog.kind === 'check-in') {
    return (
      <CheckInModal
        key={`${dialog.task.taskId}:${dialog.correcting?.id ?? ''}`}
        task={{
          id: dialog.task.taskId,
          title: dialog.task.title,
          kind: dialog.task.kind,
          unitOfMeasure: task?.unitOfMeasure ?? null,
          targetValue: task?.targetValue ?? null,
          direction: task?.direction ?? null,
        }}
        lastValue={dialog.task.lastCheckIn}
        correcting={dialog.correcting ?? null}
        onClose={onClose}
      />
    );
  }
  return (
    <SupportRequestModal
      task={{
        id: dialog.task.taskId,
        title: dialog.task.title,
        assigningUnitName: page.data?.assignment.assigningUnit.name,
        assigneeUnitId: page.data?.assignment.assigneeUnit.id,
        agencies: agencies(page.data),
      }}
      onClose={onClose}
    />
  );
}
