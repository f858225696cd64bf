import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUserBody, UserDto } from '../../../../../contracts/auth.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type CreateUserInput = z.input<typeof createUserBody>;

/** Creates an account (the user changes the password at first sign-in). */
export function createUser(input: CreateUserInput): Promise<UserDto> {
  return apiPost<UserDto>('/users', input);
}

/** Create-user mutation. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
