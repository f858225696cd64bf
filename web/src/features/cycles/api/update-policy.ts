import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CycleDto, updatePolicyBody } from '../../../../../contracts/assignments.ts';
import { apiPut } from '../../../lib/api-client.ts';

export type UpdatePolicyInput = { cycleId: string; body: z.input<typeof updatePolicyBody> };

/** Saves a new version of a cycle's scoring policy (409 policy_locked once scoring started). */
export function updatePolicy({ cycleId, body }: UpdatePolicyInput): Promise<CycleDto> {
  return apiPut<CycleDto>(`/cycles/${cycleId}/policy`, body);
}

/** Update-policy mutation; assignments depend on the results part, so they are refreshed too. */
export function useUpdatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePolicy,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cycles'] }),
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
      ]),
  });
}
