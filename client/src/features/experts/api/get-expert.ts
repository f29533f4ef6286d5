import { type ExpertDto, expertDtoSchema, expertRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { call } from '../../../lib/api-client';

export const expertResponseSchema = z.object({ expert: expertDtoSchema });

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
