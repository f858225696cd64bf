import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeDto } from '../../../../../contracts/auth.ts';
import { apiPost, setCsrfToken } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

export type LoginInput = { username: string; password: string };

/** Signs in; the session cookie is set by the server. */
export async function login(input: LoginInput): Promise<MeDto> {
  const me = await apiPost<MeDto>('/auth/login', input);
  setCsrfToken(me.csrfToken);
  return me;
}

/** Sign-in mutation; on success the session query holds the new user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
