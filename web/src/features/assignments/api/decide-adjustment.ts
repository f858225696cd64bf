import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decideAdjustmentBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterAssignmentChange } from './invalidate.ts';

export type DecideAdjustmentInput = { adjustmentId: string; body: z.input<typeof decideAdjustmentBody> };
type Decided = { id: string; state: 'approved' | 'rejected'; version: number };

/** Approves (applying the change and the weight re-balance together) or rejects a request. */
export function decideAdjustment({ adjustmentId, body }: DecideAdjustmentInput): Promise<Decided> {
  return apiPost<Decided>(`/adjustments/${adjustmentId}/decide`, body);
}

/** Decide mutation; the answer is only the request's new state, so the assignment is fetched again. */
export function useDecideAdjustment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideAdjustment, onSuccess: () => afterAssignmentChange(queryClient) });
}
