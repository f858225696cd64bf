import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignmentDto, createAssignmentBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type CreateAssignmentInput = z.input<typeof createAssignmentBody>;

/** Starts a draft (assigner) or a registration of targets (head, delegate). */
export function createAssignment(input: CreateAssignmentInput): Promise<AssignmentDto> {
  return apiPost<AssignmentDto>('/assignments', input);
}

/** Create-assignment mutation. */
export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssignment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
