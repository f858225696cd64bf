import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createGrantBody, GrantDto } from '../../../../../contracts/auth.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type GrantRoleInput = z.input<typeof createGrantBody>;

/** Grants a role on a unit (and optionally its subtree). */
export function grantRole(input: GrantRoleInput): Promise<GrantDto> {
  return apiPost<GrantDto>('/grants', input);
}

/** Grant mutation; the signed-in user's own grants may change too. */
export function useGrantRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantRole,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ['me'] }),
      ]),
  });
}
