import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitDto } from '../../../../../contracts/units.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** Children of a unit (each with childCount), or the caller's top units when parentId is null. */
export async function listUnitChildren(parentId: string | null): Promise<UnitDto[]> {
  const { items } = await apiGet<{ items: UnitDto[] }>('/units', parentId ? { parentId } : undefined);
  return items;
}

/** Query options for one level of the tree (shared by the tree's lazy loading and pages). */
export function unitChildrenQuery(parentId: string | null) {
  return queryOptions({
    queryKey: ['units', 'children', parentId ?? 'root'],
    queryFn: () => listUnitChildren(parentId),
  });
}

/** One level of the tree. */
export function useUnitChildren(parentId: string | null) {
  return useQuery(unitChildrenQuery(parentId));
}
