import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignmentDto, returnBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type ReturnAssignmentInput = { id: string; body: z.input<typeof returnBody> };

/** The head returns an issued assignment to draft with a reason and proposed changes. */
export function returnAssignment({ id, body }: ReturnAssignmentInput): Promise<AssignmentDto> {
  return apiPost<AssignmentDto>(`/assignments/${id}/return`, body);
}

/** Return mutation. */
export function useReturnAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnAssignment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
