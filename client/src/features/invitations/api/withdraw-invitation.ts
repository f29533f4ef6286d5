import {
  invitationResponseSchema,
  withdrawInvitationSchema,
  type InvitationDto,
  type WithdrawInvitationInput,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { withdrawInvitationSchema };

/** The inviting enterprise takes back a pending invitation. */
export async function withdrawInvitation({
  id,
  ...input
}: WithdrawInvitationInput & { id: string }): Promise<InvitationDto> {
  const { invitation } = await api.post(
    `/invitations/${encodeURIComponent(id)}/withdraw`,
    withdrawInvitationSchema.parse(input),
    invitationResponseSchema,
  );
  return invitation;
}

export const useWithdrawInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
