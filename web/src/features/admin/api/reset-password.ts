import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type ResetPasswordInput = { id: string; version: number; newPassword: string };

/** Sets a new password on an account; the user must change it at the next sign-in. */
export function resetPassword({ id, ...body }: ResetPasswordInput): Promise<UserDto> {
  return apiPost<UserDto>(`/users/${id}/password`, body);
}

/** Reset-password mutation. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
