import { type ExpertDto, expertRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export async function getExpert(id: string, signal?: AbortSignal): Promise<ExpertDto> {
  const { expert } = await call(expertRoutes.get, { params: { id }, signal });
  return expert;
}

export const expertQueryKey = (id: string) => ['experts', 'detail', id] as const;

export const getExpertQueryOptions = (id: string) =>
  queryOptions({
    queryKey: expertQueryKey(id),
    queryFn: ({ signal }) => getExpert(id, signal),
  });

export const useExpert = (id: string) => useQuery(getExpertQueryOptions(id));
