import {
  collaborationResponseSchema,
  ratingInputSchema,
  type CollaborationDto,
  type RatingInput,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { ratingInputSchema, type RatingInput };

/** Each side rates the other once, after completion. */
export async function rateCollaboration({
  id,
  ...input
}: RatingInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await api.post(
    `/collaborations/${encodeURIComponent(id)}/rating`,
    ratingInputSchema.parse(input),
    collaborationResponseSchema,
  );
  return collaboration;
}

export const useRateCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
