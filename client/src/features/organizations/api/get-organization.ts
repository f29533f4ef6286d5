import { organizationDtoSchema, type OrganizationDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';

const organizationResponseSchema = z.object({ organization: organizationDtoSchema });

export async function getOrganization(id: string, signal?: AbortSignal): Promise<OrganizationDto> {
  const { organization } = await api.get(
    `/organizations/${encodeURIComponent(id)}`,
    organizationResponseSchema,
    { signal },
  );
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
