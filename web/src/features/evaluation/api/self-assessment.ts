import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SaveSelfAssessmentInput, SelfAssessmentDto } from '../../../../../contracts/self-assessment.ts';
import { apiDownload, apiGet, apiPost, apiPut } from '../../../lib/api-client.ts';
import { afterEvaluationChange, EVALUATION_KEY } from './keys.ts';

export type ReportLayout = 'party' | 'state';

export const selfAssessmentKey = (assignmentId: string) =>
  [EVALUATION_KEY, 'self-assessment', assignmentId] as const;

/** The head's report: pre-filled from the data with the stored draft, or as submitted. */
export function useSelfAssessment(assignmentId: string | undefined) {
  return useQuery({
    queryKey: selfAssessmentKey(assignmentId ?? ''),
    queryFn: ({ signal }) =>
      apiGet<SelfAssessmentDto>(`/assignments/${assignmentId}/self-assessment`, undefined, signal),
    enabled: Boolean(assignmentId),
    retry: false,
  });
}

/** Saves the draft (the head, or a delegate on their behalf); answers the whole report. */
export function useSaveSelfAssessment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSelfAssessmentInput) =>
      apiPut<SelfAssessmentDto>(`/assignments/${assignmentId}/self-assessment`, body),
    onSuccess: (fresh) => queryClient.setQueryData(selfAssessmentKey(assignmentId), fresh),
  });
}

/** Submits the report (the head only): it is locked afterwards. */
export function useSubmitSelfAssessment(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      apiPost<SelfAssessmentDto>(`/assignments/${assignmentId}/self-assessment/submit`, { version }),
    onSuccess: async (fresh) => {
      queryClient.setQueryData(selfAssessmentKey(assignmentId), fresh);
      await afterEvaluationChange(queryClient);
    },
  });
}

/** Downloads the report (.docx) in the Party (36-HD/VPTW) or state (NĐ 30/2020) layout. */
export function useDownloadSelfAssessment(assignmentId: string) {
  return useMutation({
    mutationFn: (layout: ReportLayout) =>
      apiDownload(
        `/assignments/${assignmentId}/self-assessment.docx`,
        { layout },
        'bao-cao-tu-danh-gia.docx',
      ),
  });
}
