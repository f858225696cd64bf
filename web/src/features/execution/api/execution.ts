import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AssignmentStatusDto,
  MyTasksDto,
  OverviewDto,
  TaskPageDto,
} from '../../../../../contracts/execution.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { EXECUTION_KEY } from './invalidate.ts';

/** The head's board: every task of their assignments with its status, for one cycle or all. */
export function useMyTasks(cycleId?: string) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'my-tasks', cycleId ?? 'all'],
    queryFn: ({ signal }) => apiGet<MyTasksDto>('/me/tasks', { cycleId }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One task's page: values in force, assignment, status today and timeline. */
export function useTaskPage(taskId: string | undefined) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'task', taskId],
    queryFn: ({ signal }) => apiGet<TaskPageDto>(`/tasks/${taskId}`, undefined, signal),
    enabled: Boolean(taskId),
  });
}

/** Per-task status of one assignment on a day (default today). */
export function useAssignmentStatus(assignmentId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'assignment-status', assignmentId],
    queryFn: ({ signal }) =>
      apiGet<AssignmentStatusDto>(`/assignments/${assignmentId}/status`, undefined, signal),
    enabled: Boolean(assignmentId) && enabled,
  });
}

/** Every head under an assigning unit in a cycle, with counts by status, requests and support owed. */
export function useCycleOverview(cycleId: string | undefined, assigningUnitId: string | undefined) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'overview', cycleId, assigningUnitId],
    queryFn: ({ signal }) => apiGet<OverviewDto>(`/cycles/${cycleId}/overview`, { assigningUnitId }, signal),
    enabled: Boolean(cycleId && assigningUnitId),
    placeholderData: keepPreviousData,
  });
}
