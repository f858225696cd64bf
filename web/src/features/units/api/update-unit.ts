import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitDto, updateUnitBody } from '../../../../../contracts/units.ts';
import { apiPatch } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type UpdateUnitInput = { id: string; body: z.input<typeof updateUnitBody> };

/** Renames, re-codes or re-kinds a unit (stale version: 409). */
export function updateUnit({ id, body }: UpdateUnitInput): Promise<UnitDto> {
  return apiPatch<UnitDto>(`/units/${id}`, body);
}

/** Update-unit mutation. */
export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUnit, onSuccess: () => invalidateOrganisation(queryClient) });
}
