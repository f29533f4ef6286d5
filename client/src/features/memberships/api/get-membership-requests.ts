import {
  type ListMembershipRequestsQuery,
  listMembershipRequestsQuerySchema,
  membershipRoutes,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { membershipKeys } from './keys';

export { listMembershipRequestsQuerySchema };

export function getMembershipRequests(query: ListMembershipRequestsQuery, signal?: AbortSignal) {
  return call(membershipRoutes.requests, { query, signal });
}

export const getMembershipRequestsQueryOptions = (query: ListMembershipRequestsQuery) =>
  queryOptions({
    queryKey: membershipKeys.requests(query),
    queryFn: ({ signal }) => getMembershipRequests(query, signal),
    placeholderData: keepPreviousData,
  });

/** Requests to join organizations across the platform (bureau, admin). */
export const useMembershipRequests = (query: ListMembershipRequestsQuery) =>
  useQuery(getMembershipRequestsQueryOptions(query));
