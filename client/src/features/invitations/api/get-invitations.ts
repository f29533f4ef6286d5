import type { invitationListSchema } from '@qs/shared';
import {
  invitationRoutes,
  type ListInvitationsQuery,
  listInvitationsQuerySchema,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export { listInvitationsQuerySchema, type ListInvitationsQuery };
export type InvitationList = z.infer<typeof invitationListSchema>;

/** Enterprise: sent by its organization; expert: received; bureau: all. Newest first. */
export function getInvitations(
  query: ListInvitationsQuery,
  signal?: AbortSignal,
): Promise<InvitationList> {
  return call(invitationRoutes.list, { query, signal });
}

export const getInvitationsQueryOptions = (query: ListInvitationsQuery) =>
  queryOptions({
    queryKey: invitationKeys.list(query),
    queryFn: ({ signal }) => getInvitations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useInvitations = (query: ListInvitationsQuery) =>
  useQuery(getInvitationsQueryOptions(query));
