import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PersonDto } from '../../../../../contracts/people.ts';
import { apiGet } from '../../../lib/api-client.ts';

export const PEOPLE_PAGE = 200;
export type PeopleFilter = { q?: string; unitId?: string };

/** People the caller may see, with the posts they hold today. */
export async function listPeople(filter: PeopleFilter, signal?: AbortSignal): Promise<PersonDto[]> {
  const { items } = await apiGet<{ items: PersonDto[] }>(
    '/people',
    { ...filter, limit: PEOPLE_PAGE },
    signal,
  );
  return items;
}

/** The people list, kept on screen while a new search loads. */
export function usePeople(filter: PeopleFilter) {
  return useQuery({
    queryKey: ['people', 'list', filter],
    queryFn: ({ signal }) => listPeople(filter, signal),
    placeholderData: keepPreviousData,
  });
}
