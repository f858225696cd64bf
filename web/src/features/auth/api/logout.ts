import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, setCsrfToken } from '../../../lib/api-client.ts';
import { meQueryKey } from './get-me.ts';

/** Ends the session. */
export async function logout(): Promise<void> {
  await apiPost('/auth/logout');
}

/** Sign-out mutation; forgets every cached answer, even if the server could not be reached. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      setCsrfToken(null);
      queryClient.setQueryData(meQueryKey, null);
      // Nothing the previous user saw may be shown to the next one.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    },
  });
}
