import { authRoutes, type UserDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call, isApiError } from '../../../lib/api-client';

/** The signed-in user, or null when there is no session (401). */
export async function getMe(signal?: AbortSignal): Promise<UserDto | null> {
  try {
    const { user } = await call(authRoutes.me, { signal });
    return user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryKey = ['auth', 'me'] as const;

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

export const useMe = () => useQuery(getMeQueryOptions());

/** Only below `RequireAuth`, which renders its children once the user is known. */
export function useUser(): UserDto {
  const { data } = useMe();
  if (!data) throw new Error('useUser() needs a signed-in user; render it below <RequireAuth>.');
  return data;
}
