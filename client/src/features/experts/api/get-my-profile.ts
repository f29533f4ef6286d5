import { expertRoutes } from '@qs/shared';
import type { ExpertDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export async function getMyProfile(signal?: AbortSignal): Promise<ExpertDto> {
  const { expert } = await call(expertRoutes.me, { signal });
  return expert;
}

export const myProfileQueryKey = ['experts', 'me'] as const;

export const getMyProfileQueryOptions = () =>
  queryOptions({ queryKey: myProfileQueryKey, queryFn: ({ signal }) => getMyProfile(signal) });

/** The signed-in expert's own profile (with contact and verification history). */
export const useMyProfile = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...getMyProfileQueryOptions(), ...options });
