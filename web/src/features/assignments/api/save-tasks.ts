import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import type { DraftTaskInput } from '../../../../../contracts/tasks.ts';
import { apiPut } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type SaveTasksInput = { id: string; version: number; tasks: DraftTaskInput[] };

/** Saves a draft's whole task list (tasks with an id are kept and updated, others added, missing ones removed). */
export function saveTasks({ id, version, tasks }: SaveTasksInput): Promise<AssignmentDto> {
  return apiPut<AssignmentDto>(`/assignments/${id}/tasks`, { version, tasks });
}

/** Save-tasks mutation. */
export function useSaveTasks() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveTasks,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
