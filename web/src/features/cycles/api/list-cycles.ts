import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CycleDto } from '../../../../../contracts/assignments.ts';
import { useCycleChoice } from '../../../components/cycle-choice.tsx';
import { apiGet } from '../../../lib/api-client.ts';

/** Cycles the caller can see, newest first, each with its policy in force and abilities. */
export async function listCycles(): Promise<CycleDto[]> {
  const { items } = await apiGet<{ items: CycleDto[] }>('/cycles');
  return items;
}

/** Query options for the cycles list (shared by the top bar and the cycles page). */
export const cyclesQuery = queryOptions({ queryKey: ['cycles', 'list'], queryFn: listCycles });

/** The cycles list (`enabled` false while the account must still change its password). */
export function useCycles(enabled = true) {
  return useQuery({ ...cyclesQuery, enabled });
}

/**
 * The cycle picked in the top bar, or the newest one when nothing (or a cycle no longer
 * visible) was picked; null while loading or when the caller sees no cycle.
 */
export function useCurrentCycle() {
  const query = useCycles();
  const { cycleId } = useCycleChoice();
  const cycles = query.data ?? [];
  const cycle = cycles.find((c) => c.id === cycleId) ?? cycles[0] ?? null;
  return { cycle, cycles, query };
}
