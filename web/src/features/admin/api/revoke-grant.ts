import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GrantDto } from '../../../../../contracts/auth.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type RevokeGrantInput = { id: string; version: number };

/** Revokes a role grant. */
export function revokeGrant({ id, version }: RevokeGrantInput): Promise<GrantDto> {
  return apiPost<GrantDto>(`/grants/${id}/revoke`, { version });
}

/** Revoke mutation. */
export function useRevokeGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeGrant,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
