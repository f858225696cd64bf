import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { closeUnitBody, UnitDto } from '../../../../../contracts/units.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type CloseUnitInput = { id: string; body: z.input<typeof closeUnitBody> };

/** Closes (dissolves) a unit from a date. */
export function closeUnit({ id, body }: CloseUnitInput): Promise<UnitDto> {
  return apiPost<UnitDto>(`/units/${id}/close`, body);
}

/** Close-unit mutation. */
export function useCloseUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeUnit, onSuccess: () => invalidateOrganisation(queryClient) });
}
