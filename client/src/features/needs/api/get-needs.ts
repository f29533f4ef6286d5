import {
  type ListNeedsQuery,
  listNeedsQuerySchema,
  needDtoSchema,
  needRoutes,
  pageSchema,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';

export { listNeedsQuerySchema, type ListNeedsQuery };

export const needPageSchema = pageSchema(needDtoSchema);
export type NeedPage = z.infer<typeof needPageSchema>;

export function getNeeds(query: ListNeedsQuery, signal?: AbortSignal): Promise<NeedPage> {
  return call(needRoutes.list, { query, signal });
}

export const needsQueryKey = ['needs', 'list'] as const;

export const getNeedsQueryOptions = (query: ListNeedsQuery) =>
  queryOptions({
    queryKey: [...needsQueryKey, query],
    queryFn: ({ signal }) => getNeeds(query, signal),
    placeholderData: keepPreviousData,
  });

export const useNeeds = (query: ListNeedsQuery) => useQuery(getNeedsQueryOptions(query));

/** Only how many needs match (the dashboard's counters). */
export const useNeedCount = (filters: Partial<ListNeedsQuery>) =>
  useQuery({
    ...getNeedsQueryOptions({ page: 1, ...filters, limit: 1 }),
    select: (page) => page.total,
  });
