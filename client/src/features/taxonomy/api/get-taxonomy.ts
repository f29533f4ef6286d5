import { type Taxonomy, taxonomy, taxonomyRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export function getTaxonomy(signal?: AbortSignal): Promise<Taxonomy> {
  return call(taxonomyRoutes.get, { signal });
}

/**
 * The skills and sectors. The copy shipped in `@qs/shared` shows at once (no loading state);
 * the server's answer replaces it in the background.
 */
export const getTaxonomyQueryOptions = () =>
  queryOptions({
    queryKey: ['taxonomy'],
    queryFn: ({ signal }) => getTaxonomy(signal),
    placeholderData: taxonomy,
    staleTime: 60 * 60_000,
  });

export const useTaxonomy = () => useQuery(getTaxonomyQueryOptions());
