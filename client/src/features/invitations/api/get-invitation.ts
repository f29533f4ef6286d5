import { invitationResponseSchema, type InvitationDto } from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { invitationKeys } from './keys';

export async function getInvitation(id: string, signal?: AbortSignal): Promise<InvitationDto> {
  const { invitation } = await api.get(
    `/invitations/${encodeURIComponent(id)}`,
    invitationResponseSchema,
    { signal },
  );
  return invitation;
}

export const getInvitationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: invitationKeys.detail(id),
    queryFn: ({ signal }) => getInvitation(id, signal),
  });

export const useInvitation = (id: string) => useQuery(getInvitationQueryOptions(id));
