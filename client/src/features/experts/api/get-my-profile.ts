import type { ExpertDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { expertResponseSchema } from './get-expert';

export async function getMyProfile(signal?: AbortSignal): Promise<ExpertDto> {
  const { expert } = await api.get('/experts/me', expertResponseSchema, { signal });
  return expert;
}

export const myProfileQueryKey = ['experts', 'me'] as const;

export const getMyProfileQueryOptions = () =>
  queryOptions({ queryKey: myProfileQueryKey, queryFn: ({ signal }) => getMyProfile(signal) });

/** The signed-in expert's own profile (with contact and verification history). */
export const useMyProfile = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...getMyProfileQueryOptions(), ...options });
