import { type InvitationDto, invitationRoutes } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export async function getInvitation(id: string, signal?: AbortSignal): Promise<InvitationDto> {
  const { invitation } = await call(invitationRoutes.get, { params: { id }, signal });
  return invitation;
}

export const getInvitationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: invitationKeys.detail(id),
    queryFn: ({ signal }) => getInvitation(id, signal),
  });

export const useInvitation = (id: string) => useQuery(getInvitationQueryOptions(id));
