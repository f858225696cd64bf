import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentDto } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type CommitAssignmentInput = { id: string; version: number };

/** The head signs the commitment to an issued assignment. */
export function commitAssignment({ id, version }: CommitAssignmentInput): Promise<AssignmentDto> {
  return apiPost<AssignmentDto>(`/assignments/${id}/commit`, { version });
}

/** Commit mutation. */
export function useCommitAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitAssignment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
