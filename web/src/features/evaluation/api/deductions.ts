import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DISQUALIFYING_KINDS } from '../../../../../contracts/results.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { afterEvaluationChange } from './keys.ts';

export type DisqualifyingKind = (typeof DISQUALIFYING_KINDS)[number];

/** Records a deduction (points off the total, with its reason) on an assignment. */
export function useRecordDeduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      assignmentId,
      points,
      reason,
    }: {
      assignmentId: string;
      points: number;
      reason: string;
    }) => apiPost(`/assignments/${assignmentId}/deductions`, { points, reason }),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** Records a disqualifying event (discipline, corruption in the unit): the level is "not completed". */
export function useRecordDisqualifyingEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      assignmentId,
      kind,
      note,
    }: {
      assignmentId: string;
      kind: DisqualifyingKind;
      note: string;
    }) => apiPost(`/assignments/${assignmentId}/disqualifying-events`, { kind, note }),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}
