import { createInvitationSchema, invitationResponseSchema, type InvitationDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { needInvitationsQueryKey } from './get-need-invitations';

export { createInvitationSchema };

export interface CreateInvitationInput {
  needId: string;
  expertId: string;
  message: string;
}

/** 201 with a new invitation, or 200 with the one already sent to this expert for this need. */
export async function createInvitation({
  needId,
  expertId,
  message,
}: CreateInvitationInput): Promise<InvitationDto> {
  const { invitation } = await api.post(
    `/needs/${encodeURIComponent(needId)}/invitations`,
    { expertId, message },
    invitationResponseSchema,
  );
  return invitation;
}

export const useCreateInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: (invitation) => {
      queryClient.setQueryData<InvitationDto[]>(
        needInvitationsQueryKey(invitation.needId),
        (sent) => [invitation, ...(sent ?? []).filter((item) => item.id !== invitation.id)],
      );
      void queryClient.invalidateQueries({ queryKey: ['invitations', 'list'] });
    },
  });
};
