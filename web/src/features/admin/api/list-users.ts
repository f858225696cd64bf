import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UserDto } from '../../../../../contracts/auth.ts';
import { apiGet } from '../../../lib/api-client.ts';

/** Accounts (admins only). */
export async function listUsers(q: string, signal?: AbortSignal): Promise<UserDto[]> {
  const { items } = await apiGet<{ items: UserDto[] }>(
    '/users',
    { q: q.trim() || undefined, limit: 200 },
    signal,
  );
  return items;
}

/** The accounts table. */
export function useUsers(q: string) {
  return useQuery({
    queryKey: ['users', 'list', q.trim()],
    queryFn: ({ signal }) => listUsers(q, signal),
    placeholderData: keepPreviousData,
  });
}
