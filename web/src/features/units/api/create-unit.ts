import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createUnitBody, UnitDto } from '../../../../../contracts/units.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type CreateUnitInput = z.input<typeof createUnitBody>;

/** Creates a unit under a parent. */
export function createUnit(input: CreateUnitInput): Promise<UnitDto> {
  return apiPost<UnitDto>('/units', input);
}

/** Create-unit mutation. */
export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUnit, onSuccess: () => invalidateOrganisation(queryClient) });
}
