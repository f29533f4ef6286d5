import {
  type CollaborationDto,
  collaborationRoutes,
  type RatingInput,
  ratingInputSchema,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { applyCollaboration } from './keys';

export { ratingInputSchema, type RatingInput };

/** Each side rates the other once, after completion. */
export async function rateCollaboration({
  id,
  ...input
}: RatingInput & { id: string }): Promise<CollaborationDto> {
  const { collaboration } = await call(collaborationRoutes.rate, {
    params: { id },
    body: ratingInputSchema.parse(input),
  });
  return collaboration;
}

export const useRateCollaboration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rateCollaboration,
    onSuccess: (collaboration) => applyCollaboration(queryClient, collaboration),
  });
};
