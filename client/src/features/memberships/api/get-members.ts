import { type ListMembersQuery, membershipRoutes } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { membershipKeys } from './keys';

export function getMembers(organizationId: string, query: ListMembersQuery, signal?: AbortSignal) {
  return call(membershipRoutes.listMembers, { params: { id: organizationId }, query, signal });
}

export const getMembersQueryOptions = (organizationId: string, query: ListMembersQuery) =>
  queryOptions({
    queryKey: membershipKeys.members(organizationId, query),
    queryFn: ({ signal }) => getMembers(organizationId, query, signal),
    placeholderData: keepPreviousData,
  });

/** An organization's members, or its pending requests (its owners, bureau, admin). */
export const useMembers = (organizationId: string, query: ListMembersQuery) =>
  useQuery(getMembersQueryOptions(organizationId, query));
