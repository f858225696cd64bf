import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { endTermBody } from '../../../../../contracts/people.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type EndTermInput = { termId: string; body: z.input<typeof endTermBody> };

/** Ends a term on a date (inclusive). */
export function endTerm({ termId, body }: EndTermInput): Promise<{ id: string }> {
  return apiPost<{ id: string }>(`/terms/${termId}/end`, body);
}

/** End-term mutation. */
export function useEndTerm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: endTerm, onSuccess: () => invalidateOrganisation(queryClient) });
}
