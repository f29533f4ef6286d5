import { type CatalogueQuery, catalogueQuerySchema, needRoutes } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { type NeedPage } from './get-needs';

export { catalogueQuerySchema, type CatalogueQuery };

export function getCatalogue(query: CatalogueQuery, signal?: AbortSignal): Promise<NeedPage> {
  return call(needRoutes.catalogue, { query, signal });
}

export const getCatalogueQueryOptions = (query: CatalogueQuery) =>
  queryOptions({
    queryKey: ['needs', 'catalogue', query],
    queryFn: ({ signal }) => getCatalogue(query, signal),
    placeholderData: keepPreviousData,
  });

/** The scenario catalogue: published application scenarios. */
export const useCatalogue = (query: CatalogueQuery) => useQuery(getCatalogueQueryOptions(query));
