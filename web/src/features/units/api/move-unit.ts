import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { moveUnitBody, UnitDto } from '../../../../../contracts/units.ts';
import { apiPost } from '../../../lib/api-client.ts';
import { invalidateOrganisation } from './invalidate.ts';

export type MoveUnitInput = { id: string; body: z.input<typeof moveUnitBody> };

/** Moves a unit and its subtree under another parent. */
export function moveUnit({ id, body }: MoveUnitInput): Promise<UnitDto> {
  return apiPost<UnitDto>(`/units/${id}/move`, body);
}

/** Move-unit mutation. */
export function useMoveUnit() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveUnit, onSuccess: () => invalidateOrganisation(queryClient) });
}
