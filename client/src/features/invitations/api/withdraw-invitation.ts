import {
  type InvitationDto,
  invitationRoutes,
  type WithdrawInvitationInput,
  withdrawInvitationSchema,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { withdrawInvitationSchema };

/** The inviting enterprise takes back a pending invitation. */
export async function withdrawInvitation({
  id,
  ...input
}: WithdrawInvitationInput & { id: string }): Promise<InvitationDto> {
  const { invitation } = await call(invitationRoutes.withdraw, {
    params: { id },
    body: withdrawInvitationSchema.parse(input),
  });
  return invitation;
}

export const useWithdrawInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
