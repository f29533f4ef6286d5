import {
  type ListOrganizationsQuery,
  listOrganizationsQuerySchema,
  organizationRoutes,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call, type CallOutput } from '../../../lib/api-client';

export { listOrganizationsQuerySchema, type ListOrganizationsQuery };

export type OrganizationPage = CallOutput<typeof organizationRoutes.list>;

export function getOrganizations(
  query: ListOrganizationsQuery,
  signal?: AbortSignal,
): Promise<OrganizationPage> {
  return call(organizationRoutes.list, { query, signal });
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
