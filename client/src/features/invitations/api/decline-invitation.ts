import {
  type DeclineInvitationInput,
  declineInvitationSchema,
  type InvitationDto,
  invitationRoutes,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { declineInvitationSchema };

export async function declineInvitation({
  id,
  ...input
}: DeclineInvitationInput & { id: string }): Promise<InvitationDto> {
  const { invitation } = await call(invitationRoutes.decline, {
    params: { id },
    body: declineInvitationSchema.parse(input),
  });
  return invitation;
}

export const useDeclineInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
