import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignmentDto, issueBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type IssueAssignmentInput = { id: string; body: z.input<typeof issueBody> };

/** Issues the decision; 422 assignment_not_issuable lists every problem in details.problems. */
export function issueAssignment({ id, body }: IssueAssignmentInput): Promise<AssignmentDto> {
  return apiPost<AssignmentDto>(`/assignments/${id}/issue`, body);
}

/** Issue mutation. */
export function useIssueAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueAssignment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
