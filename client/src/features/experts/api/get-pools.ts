import { poolSettingSchema, type PoolSettingDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';

const poolListSchema = z.object({ items: z.array(poolSettingSchema) });

export async function getPools(signal?: AbortSignal): Promise<PoolSettingDto[]> {
  const { items } = await api.get('/pools', poolListSchema, { signal });
  return items;
}

export const poolsQueryKey = ['pools'] as const;

export const getPoolsQueryOptions = () =>
  queryOptions({ queryKey: poolsQueryKey, queryFn: ({ signal }) => getPools(signal) });

export const usePools = () => useQuery(getPoolsQueryOptions());
