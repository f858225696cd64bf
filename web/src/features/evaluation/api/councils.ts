import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CouncilDto,
  CreateCouncilInput,
  councilScoresSchema,
  councilSummarySchema,
  progressSchema,
  UpdateCouncilInput,
} from '../../../../../contracts/councils.ts';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client.ts';
import { afterEvaluationChange, EVALUATION_KEY } from './keys.ts';

export type CouncilSummaryDto = z.infer<typeof councilSummarySchema>;
export type ProgressDto = z.infer<typeof progressSchema>;
export type CouncilScoresDto = z.infer<typeof councilScoresSchema>;

/** The councils of a cycle the caller may see (assigning bodies, members). */
export function useCouncils(cycleId: string | undefined) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'councils', cycleId],
    queryFn: ({ signal }) => apiGet<CouncilSummaryDto[]>(`/cycles/${cycleId}/councils`, undefined, signal),
    enabled: Boolean(cycleId),
  });
}

export const councilKey = (id: string) => [EVALUATION_KEY, 'council', id] as const;

/** A council: members, cohort and who is recused from scoring whom. */
export function useCouncil(id: string | undefined) {
  return useQuery({
    queryKey: councilKey(id ?? ''),
    queryFn: ({ signal }) => apiGet<CouncilDto>(`/councils/${id}`, undefined, signal),
    enabled: Boolean(id),
  });
}

/** Forms the council of the heads a unit assigns in the cycle. */
export function useCreateCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cycleId, body }: { cycleId: string; body: CreateCouncilInput }) =>
      apiPost<CouncilDto>(`/cycles/${cycleId}/councils`, body),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** Edits a council (name, window, members before scoring opens). */
export function useUpdateCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateCouncilInput }) =>
      apiPatch<CouncilDto>(`/councils/${id}`, body),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** Closes scoring early (the chair or the assigner). */
export function useCloseCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiPost<CouncilDto>(`/councils/${id}/close`, { version }),
    onSuccess: () => afterEvaluationChange(queryClient),
  });
}

/** Who has finished scoring whom, never the scores (chair, assigner). */
export function useCouncilProgress(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'progress', id],
    queryFn: ({ signal }) => apiGet<ProgressDto>(`/councils/${id}/progress`, undefined, signal),
    enabled: Boolean(id) && enabled,
    refetchInterval: 60_000,
  });
}

/** Every sheet with aggregates and spread flags, once scoring has closed. */
export function useCouncilScores(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [EVALUATION_KEY, 'scores', id],
    queryFn: ({ signal }) => apiGet<CouncilScoresDto>(`/councils/${id}/scores`, undefined, signal),
    enabled: Boolean(id) && enabled,
  });
}
