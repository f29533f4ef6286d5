import { invitationListSchema, type InvitationDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client';

const MAX_PER_NEED = 100;

export const needInvitationsQueryKey = (needId: string) => ['invitations', 'need', needId] as const;

/**
 * The invitations an enterprise sent for one need. Where the server has no invitation list yet
 * (404), there are none to show.
 */
export async function getNeedInvitations(
  needId: string,
  signal?: AbortSignal,
): Promise<InvitationDto[]> {
  try {
    const { items } = await api.get('/invitations', invitationListSchema, {
      query: { needId, limit: MAX_PER_NEED },
      signal,
    });
    return items;
  } catch (error) {
    if (isApiError(error) && error.status === 404) return [];
    throw error;
  }
}

export const getNeedInvitationsQueryOptions = (needId: string) =>
  queryOptions({
    queryKey: needInvitationsQueryKey(needId),
    queryFn: ({ signal }) => getNeedInvitations(needId, signal),
  });

export const useNeedInvitations = (needId: string) =>
  useQuery(getNeedInvitationsQueryOptions(needId));
