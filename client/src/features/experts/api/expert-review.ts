import { expertReviewRoutes, type BatchVerificationInput } from '@qs/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { expertsQueryKey } from './get-experts';

export const expertReviewQueryKey = (id: string) => ['expert-review', id] as const;

/** What changed since the profile was last verified, and who decided what. */
export const useExpertReview = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: expertReviewQueryKey(id),
    queryFn: ({ signal }) => call(expertReviewRoutes.review, { params: { id }, signal }),
    enabled,
  });

/** One decision for several experts; each answers its own result. */
export const useDecideMany = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BatchVerificationInput) =>
      call(expertReviewRoutes.decideMany, { body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: expertsQueryKey }),
  });
};
