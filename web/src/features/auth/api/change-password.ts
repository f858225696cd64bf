import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

/** Changes the caller's own password (their other sessions end). */
export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await apiPost('/auth/password', input);
}

/** Change-password mutation. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
