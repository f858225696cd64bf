import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { appointBody } from '../../../../../contracts/people.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type AppointInput = { postId: string; body: z.input<typeof appointBody> };

/** Appoints a person to a post from a date (a new term). */
export function appointToPost({ postId, body }: AppointInput): Promise<{ id: string }> {
  return apiPost<{ id: string }>(`/posts/${postId}/terms`, body);
}

/** Appoint mutation. */
export function useAppointToPost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: appointToPost, onSuccess: () => invalidateOrganisation(queryClient) });
}
