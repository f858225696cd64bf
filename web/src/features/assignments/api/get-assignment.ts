import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** The cache key of one assignment's page. */
export const assignmentQueryKey = (id: string) => ['assignments', 'detail', id] as const;

/** An assignment with its tasks, adjustments, issuing problems (drafts) and the caller's abilities. */
export function getAssignment(id: string): Promise<AssignmentDto> {
  return apiGet<AssignmentDto>(`/assignments/${id}`);
}

/** Query options for one assignment. */
export function assignmentQuery(id: string) {
  return queryOptions({ queryKey: assignmentQueryKey(id), queryFn: () => getAssignment(id) });
}

/** One assignment's page data. */
export function useAssignment(id: string | undefined) {
  return useQuery({ ...assignmentQuery(id ?? ''), enabled: Boolean(id) });
}
