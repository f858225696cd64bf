import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AssignmentSummaryDto } from '../../../../../contracts/assignments.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** The assignments of a cycle the caller may see (an assigner: every head they assign). */
export async function listAssignments(
  cycleId: string,
  signal?: AbortSignal,
): Promise<AssignmentSummaryDto[]> {
  const { items } = await apiGet<{ items: AssignmentSummaryDto[] }>(
    `/cycles/${cycleId}/assignments`,
    undefined,
    signal,
  );
  return items;
}

/** The assignments of a cycle (idle until a cycle is known). */
export function useAssignments(cycleId: string | undefined) {
  return useQuery({
    queryKey: ['assignments', 'list', cycleId],
    queryFn: ({ signal }) => listAssignments(cycleId!, signal),
    enabled: Boolean(cycleId),
    placeholderData: keepPreviousData,
  });
}
