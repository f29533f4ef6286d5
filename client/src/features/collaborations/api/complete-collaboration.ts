import { type CollaborationDto, collaborationRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

/** agreed → completed (either side); the ratings open. */
export async function completeCollaboration(id: string): Promise<CollaborationDto> {
  const { collaboration } = await call(collaborationRoutes.complete, { params: { id } });
  return collaboration;
}

export const useCompleteCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
