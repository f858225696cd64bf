import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { MeDto } from '../../../../../contracts/auth.ts';
import { ApiError, apiGet, setCsrfToken } from '../../../lib/api-client.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export async function getMe(): Promise<MeDto | null> {
  try {
    const me = await apiGet<MeDto>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The session: user, grants, abilities (null when signed out). */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}

/**
 * The signed-in user, for components rendered behind the sign-in guard. Right after signing out
 * they may render once more before the guard unmounts them: they keep the last user they saw.
 */
export function useSignedInMe(): MeDto {
  const { data } = useMe();
  const last = useRef(data);
  if (data) last.current = data;
  if (!last.current) throw new Error('useSignedInMe outside the sign-in guard');
  return last.current;
}
