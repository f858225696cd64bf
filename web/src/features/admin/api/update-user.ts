import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserDto, updateUserBody } from '../../../../../contracts/auth.ts';
import { apiPatch } from '../../../lib/api-client.ts';

export type UpdateUserInput = { id: string; body: z.input<typeof updateUserBody> };

/** Edits, disables or enables an account (stale version: 409). */
export function updateUser({ id, body }: UpdateUserInput): Promise<UserDto> {
  return apiPatch<UserDto>(`/users/${id}`, body);
}

/** Update-user mutation. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
