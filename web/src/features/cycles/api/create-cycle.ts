import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CycleDto, createCycleBody } from '../../../../../contracts/assignments.ts';
import { apiPost } from '../../../lib/api-client.ts';

export type CreateCycleInput = z.input<typeof createCycleBody>;

/** Opens a cycle for an assigning unit with version 1 of a policy preset. */
export function createCycle(input: CreateCycleInput): Promise<CycleDto> {
  return apiPost<CycleDto>('/cycles', input);
}

/** Create-cycle mutation. */
export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cycles'] }),
  });
}
