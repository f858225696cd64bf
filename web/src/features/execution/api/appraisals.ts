import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AppraisalDto,
  appraisalListSchema,
  RecordAppraisalBody,
  WorklistDto,
} from '../../../../../contracts/appraisals.ts';
import { apiDownload, apiGet, apiPost } from '../../../lib/api-client.ts';
import { afterExecutionChange, EXECUTION_KEY } from './invalidate.ts';

/** The appraisals of one assignment, newest first. */
export function useAppraisals(assignmentId: string | undefined) {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'appraisals', assignmentId],
    queryFn: async ({ signal }) =>
      (
        await apiGet<z.infer<typeof appraisalListSchema>>(
          `/assignments/${assignmentId}/appraisals`,
          undefined,
          signal,
        )
      ).items,
    enabled: Boolean(assignmentId),
  });
}

/** What waits for the caller's appraisal units: products to judge, tasks at risk, quarters not done. */
export function useAppraisalWorklist() {
  return useQuery({
    queryKey: [EXECUTION_KEY, 'appraisal-worklist'],
    queryFn: ({ signal }) => apiGet<WorklistDto>('/appraisals/worklist', undefined, signal),
  });
}

/** Records an appraisal (every task line at once). */
export function useRecordAppraisal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, body }: { assignmentId: string; body: RecordAppraisalBody }) =>
      apiPost<AppraisalDto>(`/assignments/${assignmentId}/appraisals`, body),
    onSuccess: () => afterExecutionChange(queryClient),
  });
}

/** Downloads the minutes of an appraisal (.docx). */
export function useDownloadMinutes() {
  return useMutation({
    mutationFn: (appraisalId: string) =>
      apiDownload(`/appraisals/${appraisalId}/minutes.docx`, undefined, 'bien-ban-tham-dinh.docx'),
  });
}
