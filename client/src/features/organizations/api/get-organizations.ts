import {
  listOrganizationsQuerySchema,
  organizationDtoSchema,
  pageSchema,
  type ListOrganizationsQuery,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';

export { listOrganizationsQuerySchema, type ListOrganizationsQuery };

const organizationPageSchema = pageSchema(organizationDtoSchema);
export type OrganizationPage = z.infer<typeof organizationPageSchema>;

export function getOrganizations(
  query: ListOrganizationsQuery,
  signal?: AbortSignal,
): Promise<OrganizationPage> {
  return api.get('/organizations', organizationPageSchema, { query, signal });
}

export const organizationsQueryKey = ['organizations', 'list'] as const;

export const getOrganizationsQueryOptions = (query: ListOrganizationsQuery) =>
  queryOptions({
    queryKey: [...organizationsQueryKey, query],
    queryFn: ({ signal }) => getOrganizations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (query: ListOrganizationsQuery) =>
  useQuery(getOrganizationsQueryOptions(query));

/** Only how many organizations match (the dashboard's counters). */
export const useOrganizationCount = (filters: Partial<ListOrganizationsQuery> = {}) =>
  useQuery({
    ...getOrganizationsQueryOptions({ page: 1, ...filters, limit: 1 }),
    select: (page) => page.total,
  });
