import { type AcceptInvitationResult, invitationRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export type { AcceptInvitationResult };

/**
 * The invited expert accepts: the server opens the conversation and the collaboration. Asking
 * again after an interrupted accept completes it.
 */
export function acceptInvitation(id: string): Promise<AcceptInvitationResult> {
  return call(invitationRoutes.accept, { params: { id } });
}

export const useAcceptInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: ({ invitation }) => applyInvitation(queryClient, invitation),
  });
};
