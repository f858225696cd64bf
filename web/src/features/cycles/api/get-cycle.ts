import { useQuery } from '@tanstack/react-query';
import type { CycleDto } from '../../../../../contracts/assignments.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** One cycle with its policy in force. */
export function getCycle(id: string): Promise<CycleDto> {
  return apiGet<CycleDto>(`/cycles/${id}`);
}

/** One cycle (for the policy editor, fetched fresh so the version is current). */
export function useCycle(id: string | undefined) {
  return useQuery({ queryKey: ['cycles', 'detail', id], queryFn: () => getCycle(id!), enabled: Boolean(id) });
}
