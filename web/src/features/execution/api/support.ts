import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssignmentSupportDto,
  commitmentWriteResult,
  RaiseSupportRequestInput,
  RecordCommitmentStateInput,
  SUPPORT_BOXES,
  SUPPORT_STATE_FILTERS,
  SupportRequestDto,
  supportRequestListSchema,
} from '../../../../../contracts/support.ts';
import { apiGet, apiPost } from '../../../lib/api-client.ts';
import { afterExecutionChange, EXECUTION_KEY } from './invalidate.ts';

export type SupportBox = (typeof SUPPORT_BOXES)[number];
export type SupportStateFilter = (typeof SUPPORT_STATE_FILTERS)[number];
export type SupportRequestList = z.infer<typeof supportRequestListSchema>;

/** Requests routed to the caller's units (inbox) or raised by them (raised), filtered by state. */
export function useSupportRequests(box: SupportBox, state: SupportStateFilter, enabled = true) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'support-requests', box, state],
    queryFn: ({ signal }) =>
      apiGet<SupportRequestList>('/support-requests', { box, state, limit: 200 }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The support ledger of one assignment: commitments, requests and what is owed and not delivered. */
export function useAssignmentSupport(assignmentId: string | undefined) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'assignment-support', assignmentId],
    queryFn: ({ signal }) =>
      apiGet<AssignmentSupportDto>(`/assignments/${assignmentId}/support`, undefined, signal),
    enabled: Boolean(assignmentId),
  });
}

function useExecutionMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => afterExecutionChange(queryClient) });
}

/** The head (or a delegate) raises an obstacle, request for direction, proposal or resource request. */
export function useRaiseSupportRequest() {
  return useExecutionMutation((body: RaiseSupportRequestInput) =>
    apiPost<SupportRequestDto>('/support-requests', body),
  );
}

export type RespondInput = { id: string; version: number; response: string; resolved: boolean };

/** The agency (or the assigner, once escalated) answers a request. */
export function useRespondSupportRequest() {
  return useExecutionMutation(({ id, ...body }: RespondInput) =>
    apiPost<SupportRequestDto>(`/support-requests/${id}/respond`, body),
  );
}

/** The one who raised a request withdraws it while still open. */
export function useWithdrawSupportRequest() {
  return useExecutionMutation(({ id, ...body }: { id: string; version: number; reason?: string | null }) =>
    apiPost<SupportRequestDto>(`/support-requests/${id}/withdraw`, body),
  );
}

/** Records where a support commitment stands (due, delivered on a date, late). */
export function useRecordCommitmentState() {
  return useExecutionMutation(({ id, ...body }: RecordCommitmentStateInput & { id: string }) =>
    apiPost<z.infer<typeof commitmentWriteResult>>(`/support-commitments/${id}/state`, body),
  );
}
