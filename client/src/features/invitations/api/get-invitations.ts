import {
  invitationListSchema,
  listInvitationsQuerySchema,
  type ListInvitationsQuery,
} from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export { listInvitationsQuerySchema, type ListInvitationsQuery };
export type InvitationList = z.infer<typeof invitationListSchema>;

/** Enterprise: sent by its organization; expert: received; bureau: all. Newest first. */
export function getInvitations(
  query: ListInvitationsQuery,
  signal?: AbortSignal,
): Promise<InvitationList> {
  return api.get('/invitations', invitationListSchema, { query, signal });
}

export const getInvitationsQueryOptions = (query: ListInvitationsQuery) =>
  queryOptions({
    queryKey: invitationKeys.list(query),
    queryFn: ({ signal }) => getInvitations(query, signal),
    placeholderData: keepPreviousData,
  });

export const useInvitations = (query: ListInvitationsQuery) =>
  useQuery(getInvitationsQueryOptions(query));
