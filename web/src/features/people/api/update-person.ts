import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PersonDto, updatePersonBody } from '../../../../../contracts/people.ts';
import { apiPatch } from '../../../lib/api-client.ts';

export type UpdatePersonInput = { id: string; body: z.input<typeof updatePersonBody> };

/** Edits a person's record (stale version: 409). */
export function updatePerson({ id, body }: UpdatePersonInput): Promise<PersonDto> {
  return apiPatch<PersonDto>(`/people/${id}`, body);
}

/** Update-person mutation; unit pages show names too, so they refresh as well. */
export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['people'] }),
        queryClient.invalidateQueries({ queryKey: ['units'] }),
      ]),
  });
}
