import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { RECOMMENDATION_DECISIONS, recommendationListSchema } from '../../../../../contracts/results.ts';
import { apiGet, apiPost } from '../../../lib/api-client.ts';
import { afterEvaluationChange, EVALUATION_KEY } from './keys.ts';

export type RecommendationDto = z.infer<typeof recommendationListSchema>['items'][number];
export type RecommendationDecision = (typeof RECOMMENDATION_DECISIONS)[number];

/** The personnel recommendations of a cycle that the caller may see. */
export function useRecommendations(cycleId: string | undefined) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'recommendations', cycleId],
    queryFn: async ({ signal }) =>
      (await apiGet<z.infer<typeof recommendationListSchema>>('/recommendations', { cycleId }, signal)).items,
    enabled: Boolean(cycleId),
  });
}

/** Records the assigning body's decision on a recommendation. */
export function useDecideRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      decision: RecommendationDecision;
      note?: string | null;
    }) => apiPost<RecommendationDto>(`/recommendations/${id}/decide`, body),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}
