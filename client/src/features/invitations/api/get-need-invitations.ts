import { type InvitationDto, invitationRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invitationKeys } from './keys';

/** The server's largest page: one need is not invited to more experts than that in practice. */
const MAX_PER_NEED = 100;

/** The invitations an enterprise sent for one need, newest first. */
export async function getNeedInvitations(
  needId: string,
  signal?: AbortSignal,
): Promise<InvitationDto[]> {
  const { items } = await call(invitationRoutes.list, {
    query: { needId, limit: MAX_PER_NEED },
    signal,
  });
  return items;
}

export const getNeedInvitationsQueryOptions = (needId: string) =>
  queryOptions({
    queryKey: invitationKeys.need(needId),
    queryFn: ({ signal }) => getNeedInvitations(needId, signal),
  });

export const useNeedInvitations = (needId: string) =>
  useQuery(getNeedInvitationsQueryOptions(needId));
