import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createPersonBody, PersonDto } from '../../../../../contracts/people.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type CreatePersonInput = z.input<typeof createPersonBody>;

/** Records a person (posts are given by appointment, separately). */
export function createPerson(input: CreatePersonInput): Promise<PersonDto> {
  return apiPost<PersonDto>('/people', input);
}

/** Create-person mutation. */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}
