import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createPostBody } from '../../../../../contracts/people.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type CreatePostInput = z.input<typeof createPostBody>;

/** Creates a post in a unit. */
export function createPost(input: CreatePostInput): Promise<{ id: string }> {
  return apiPost<{ id: string }>('/posts', input);
}

/** Create-post mutation. */
export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPost, onSuccess: () => invalidateOrganisation(queryClient) });
}
