import {
  declineInvitationSchema,
  invitationResponseSchema,
  type DeclineInvitationInput,
  type InvitationDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { declineInvitationSchema };

export async function declineInvitation({
  id,
  ...input
}: DeclineInvitationInput & { id: string }): Promise<InvitationDto> {
  const { invitation } = await api.post(
    `/invitations/${encodeURIComponent(id)}/decline`,
    declineInvitationSchema.parse(input),
    invitationResponseSchema,
  );
  return invitation;
}

export const useDeclineInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
