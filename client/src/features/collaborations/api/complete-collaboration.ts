import { collaborationResponseSchema, type CollaborationDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

/** agreed → completed (either side); the ratings open. */
export async function completeCollaboration(id: string): Promise<CollaborationDto> {
  const { collaboration } = await api.post(
    `/collaborations/${encodeURIComponent(id)}/complete`,
    undefined,
    collaborationResponseSchema,
  );
  return collaboration;
}

export const useCompleteCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
