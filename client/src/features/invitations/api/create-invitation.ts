import { createInvitationSchema, type InvitationDto, invitationRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { createInvitationSchema };

export interface CreateInvitationInput {
  needId: string;
  expertId: string;
  message: string;
  expiresInDays?: number;
}

/** 201 with a new invitation, or 200 with the one already sent to this expert for this need. */
export async function createInvitation({
  needId,
  ...body
}: CreateInvitationInput): Promise<InvitationDto> {
  const { invitation } = await call(invitationRoutes.create, { params: { id: needId }, body });
  return invitation;
}

export const useCreateInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
