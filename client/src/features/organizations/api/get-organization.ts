import { type OrganizationDto, organizationRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export async function getOrganization(id: string, signal?: AbortSignal): Promise<OrganizationDto> {
  const { organization } = await call(organizationRoutes.get, { params: { id }, signal });
  return organization;
}

export const getOrganizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) => getOrganization(id, signal),
    staleTime: 5 * 60_000,
  });

/** One organization, e.g. the signed-in user's own (nothing is asked without an id). */
export const useOrganization = (id: string | undefined) =>
  useQuery({ ...getOrganizationQueryOptions(id ?? ''), enabled: Boolean(id) });
