import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignmentDto, updateAssignmentBody } from '../../../../../contracts/assignments.ts';
import { apiPatch } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type UpdateAssignmentInput = { id: string; body: z.input<typeof updateAssignmentBody> };

/** Edits a draft's header: title, bottleneck, registration note, decision number, date and signer. */
export function updateAssignment({ id, body }: UpdateAssignmentInput): Promise<AssignmentDto> {
  return apiPatch<AssignmentDto>(`/assignments/${id}`, body);
}

/** Update-assignment mutation. */
export function useUpdateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssignment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
