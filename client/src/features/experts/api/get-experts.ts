import type { expertListSchema } from '@qs/shared';
import { expertRoutes, type ListExpertsQuery, listExpertsQuerySchema } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';

export { listExpertsQuerySchema, type ListExpertsQuery };
export type ExpertList = z.infer<typeof expertListSchema>;
export type ExpertFacets = ExpertList['facets'];
export const facetKeys = ['pool', 'city', 'skills', 'sectors', 'availability'] as const;
export type FacetKey = (typeof facetKeys)[number];

export function getExperts(query: ListExpertsQuery, signal?: AbortSignal): Promise<ExpertList> {
  return call(expertRoutes.list, { query, signal });
}

export const expertsQueryKey = ['experts', 'list'] as const;

export const getExpertsQueryOptions = (query: ListExpertsQuery) =>
  queryOptions({
    queryKey: [...expertsQueryKey, query],
    queryFn: ({ signal }) => getExperts(query, signal),
    // Paging and filtering keep the last results on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });

export const useExperts = (query: ListExpertsQuery) => useQuery(getExpertsQueryOptions(query));

/** Only the number of experts matching `filters` (the dashboard's counters). */
export const useExpertCount = (filters: Partial<ListExpertsQuery>) =>
  useQuery({
    ...getExpertsQueryOptions({ page: 1, ...filters, limit: 1 }),
    select: (list) => list.total,
  });
