import { type Taxonomy, taxonomy, taxonomyRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { call } from '../../../lib/api-client';

const termSchema = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  aliases: z.array(z.string()),
});

export const taxonomySchema = z.object({
  skills: z.array(termSchema.extend({ category: z.string() })),
  sectors: z.array(termSchema),
  categories: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
});

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
