import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitDetailDto } from '../../../../../contracts/units.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** A unit's page: ancestors, head today, posts with their terms, lineage, abilities. */
export function getUnit(id: string): Promise<UnitDetailDto> {
  return apiGet<UnitDetailDto>(`/units/${id}`);
}

/** Query options for a unit's page. */
export function unitQuery(id: string) {
  return queryOptions({ queryKey: ['units', 'detail', id], queryFn: () => getUnit(id) });
}

/** A unit's page data. */
export function useUnit(id: string | undefined) {
  return useQuery({ ...unitQuery(id ?? ''), enabled: Boolean(id) });
}
