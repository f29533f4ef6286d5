import { createInvitationSchema, invitationResponseSchema, type InvitationDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
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
  const { invitation } = await api.post(
    `/needs/${encodeURIComponent(needId)}/invitations`,
    body,
    invitationResponseSchema,
  );
  return invitation;
}

export const useCreateInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (invitation) => applyInvitation(queryClient, invitation),
  });
};
