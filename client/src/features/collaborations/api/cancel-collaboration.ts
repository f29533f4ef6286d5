import {
  type CancelCollaborationInput,
  cancelCollaborationSchema,
  type CollaborationDto,
  collaborationRoutes,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { cancelCollaborationSchema, type CancelCollaborationInput };

/** active or agreed → cancelled (either side), with an optional reason kept in the history. */
export async function cancelCollaboration({
  id,
  ...input
}: CancelCollaborationInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await call(collaborationRoutes.cancel, {
    params: { id },
    body: cancelCollaborationSchema.parse(input),
  });
  return collaboration;
}

export const useCancelCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
