import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitDto } from '../../../../../contracts/units.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** Units the caller may see whose name or code contains the text. */
export async function searchUnits(q: string, signal?: AbortSignal): Promise<UnitDto[]> {
  const { items } = await apiGet<{ items: UnitDto[] }>('/units', { q, limit: 50 }, signal);
  return items;
}

/** Unit search for the tree's search box (idle while the text is empty). */
export function useUnitSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['units', 'search', text],
    queryFn: ({ signal }) => searchUnits(text, signal),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}
