import { expertRoutes, type PoolSettingDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export async function getPools(signal?: AbortSignal): Promise<PoolSettingDto[]> {
  const { items } = await call(expertRoutes.pools, { signal });
  return items;
}

export const poolsQueryKey = ['pools'] as const;

export const getPoolsQueryOptions = () =>
  queryOptions({ queryKey: poolsQueryKey, queryFn: ({ signal }) => getPools(signal) });

export const usePools = () => useQuery(getPoolsQueryOptions());
