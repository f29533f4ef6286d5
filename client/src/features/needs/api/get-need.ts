import { type NeedDto, needRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export async function getNeed(id: string, signal?: AbortSignal): Promise<NeedDto> {
  const { need } = await call(needRoutes.get, { params: { id }, signal });
  return need;
}

export const needQueryKey = (id: string) => ['needs', 'detail', id] as const;

export const getNeedQueryOptions = (id: string) =>
  queryOptions({ queryKey: needQueryKey(id), queryFn: ({ signal }) => getNeed(id, signal) });

export const useNeed = (id: string, enabled = true) =>
  useQuery({ ...getNeedQueryOptions(id), enabled });
