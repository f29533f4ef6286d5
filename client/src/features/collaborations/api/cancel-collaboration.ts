import {
  cancelCollaborationSchema,
  collaborationResponseSchema,
  type CancelCollaborationInput,
  type CollaborationDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { cancelCollaborationSchema, type CancelCollaborationInput };

/** active or agreed → cancelled (either side), with an optional reason kept in the history. */
export async function cancelCollaboration({
  id,
  ...input
}: CancelCollaborationInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await api.post(
    `/collaborations/${encodeURIComponent(id)}/cancel`,
    cancelCollaborationSchema.parse(input),
    collaborationResponseSchema,
  );
  return collaboration;
}

export const useCancelCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
