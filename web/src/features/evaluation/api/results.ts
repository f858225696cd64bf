import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CohortDto,
  FinalizeInput,
  LevelDto,
  personResultsSchema,
  ResultDto,
} from '../../../../../contracts/results.ts';
import { apiGet, apiPost, apiRequest } from '../../../lib/api-client.ts';
import { afterEvaluationChange, EVALUATION_KEY } from './keys.ts';

export type PersonResultsDto = z.infer<typeof personResultsSchema>;

/** The cohort's results table: annual (quarter 0) or one quarter's provisional results. */
export function useCouncilResults(councilId: string | undefined, quarter: number, enabled = true) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'results', councilId, quarter],
    queryFn: ({ signal }) =>
      apiGet<CohortDto>(`/councils/${councilId}/results`, { quarter: quarter || undefined }, signal),
    enabled: Boolean(councilId) && enabled,
    retry: false,
  });
}

/** Computes (again) the cohort's proposed results; a quarter gives provisional ones. */
export function useEvaluate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ councilId, quarter }: { councilId: string; quarter: number }) =>
      apiRequest<CohortDto>('POST', `/councils/${councilId}/evaluate`, {
        query: { quarter: quarter || undefined },
        body: {},
      }),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** Finalizes the annual results with the decided levels (a reason wherever they differ). */
export function useFinalize() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ councilId, body }: { councilId: string; body: FinalizeInput }) =>
      apiPost<CohortDto>(`/councils/${councilId}/finalize`, body),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** The person evaluated appeals a finalized result, once, within the appeal period. */
export function useFileAppeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, reason }: { resultId: string; reason: string }) =>
      apiPost<ResultDto>(`/results/${resultId}/appeal`, { reason }),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** The assigning body answers an appeal: upholds the level or changes it, with its response. */
export function useAnswerAppeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      appealId,
      ...body
    }: {
      appealId: string;
      version: number;
      response: string;
      level: LevelDto;
    }) => apiPost<ResultDto>(`/appeals/${appealId}/answer`, body),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** A person's results across cycles (the person page, the head's own results). */
export function usePersonResults(personId: string | null | undefined) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'person', personId],
    queryFn: ({ signal }) => apiGet<PersonResultsDto>(`/people/${personId}/results`, undefined, signal),
    enabled: Boolean(personId),
    retry: false,
  });
}
