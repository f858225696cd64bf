import { useQuery } from '@tanstack/react-query';
import type { GrantDto, UserDto } from '../../../../../contracts/auth.ts';
import { apiGet } from '../../../lib/api-client.ts';

export type UserDetail = UserDto & { grants: GrantDto[] };

/** An account with its active role grants. */
export function getUser(id: string): Promise<UserDetail> {
  return apiGet<UserDetail>(`/users/${id}`);
}

/** An account's page data. */
export function useUser(id: string | undefined) {
  return useQuery({ queryKey: ['users', 'detail', id], queryFn: () => getUser(id!), enabled: Boolean(id) });
}
