import { useQuery } from '@tanstack/react-query';
import type { PersonDetailDto } from '../../../../../contracts/people.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** A person with their post history across units. */
export function getPerson(id: string): Promise<PersonDetailDto> {
  return apiGet<PersonDetailDto>(`/people/${id}`);
}

/** A person's page data. */
export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['people', 'detail', id],
    queryFn: () => getPerson(id!),
    enabled: Boolean(id),
  });
}
