import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssignmentDto, requestAdjustmentBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type RequestAdjustmentInput = { assignmentId: string; body: z.input<typeof requestAdjustmentBody> };

/** Requests an extension, a new target value, a new weight or a cancellation of one task. */
export function requestAdjustment({ assignmentId, body }: RequestAdjustmentInput): Promise<AssignmentDto> {
  return apiPost<AssignmentDto>(`/assignments/${assignmentId}/adjustments`, body);
}

/** Request-adjustment mutation. */
export function useRequestAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestAdjustment,
    onSuccess: (fresh) => afterAssignmentChange(queryClient, fresh),
  });
}
