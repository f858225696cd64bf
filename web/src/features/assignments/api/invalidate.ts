import type { QueryClient } from '@tanstack/react-query';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { assignmentQueryKey } from './get-assignment.ts';

/**
 * After a change to an assignment: its page takes the answer as is (every write answers the
 * whole assignment), and the lists (states, counts, totals, cascades) are fetched again.
 */
export function afterAssignmentChange(queryClient: QueryClient, fresh?: AssignmentDto): Promise<void> {
  if (fresh) queryClient.setQueryData(assignmentQueryKey(fresh.id), fresh);
  return queryClient.invalidateQueries({
    queryKey: ['assignments'],
    predicate: (q) => !fresh || q.queryKey[2] !== fresh.id,
  });
}
