import { catalogueQuerySchema, type CatalogueQuery } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { needPageSchema, type NeedPage } from './get-needs';

export { catalogueQuerySchema, type CatalogueQuery };

export function getCatalogue(query: CatalogueQuery, signal?: AbortSignal): Promise<NeedPage> {
  return api.get('/needs/catalogue', needPageSchema, { query, signal });
}

export const getCatalogueQueryOptions = (query: CatalogueQuery) =>
  queryOptions({
    queryKey: ['needs', 'catalogue', query],
    queryFn: ({ signal }) => getCatalogue(query, signal),
    placeholderData: keepPreviousData,
  });

/** The scenario catalogue: published application scenarios. */
export const useCatalogue = (query: CatalogueQuery) => useQuery(getCatalogueQueryOptions(query));
