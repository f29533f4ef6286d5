import {
  type BatchInvitationResult,
  invitationBatchRoutes,
  MAX_BATCH_INVITATIONS,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyInvitation } from './keys';

export { MAX_BATCH_INVITATIONS };

export interface BatchInviteInput {
  needId: string;
  /** At most `MAX_BATCH_INVITATIONS`, none twice. */
  expertIds: string[];
  message: string;
}

/** One result per expert, in the order asked: invited (new or sent before) or why not. */
export async function inviteBatch({
  needId,
  ...body
}: BatchInviteInput): Promise<BatchInvitationResult[]> {
  const { results } = await call(invitationBatchRoutes.create, { params: { id: needId }, body });
  return results;
}

export const useBatchInvite = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteBatch,
    onSuccess: (results) => {
      for (const { invitation } of results)
        if (invitation) applyInvitation(queryClient, invitation);
    },
  });
};
