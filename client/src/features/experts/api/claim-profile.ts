import {
  claimExpertSchema,
  confirmExpertClaimSchema,
  type ClaimExpertInput,
  type ConfirmExpertClaimInput,
  type ExpertDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, noContentSchema } from '../../../lib/api-client';
import { expertResponseSchema } from './get-expert';
import { myProfileQueryKey } from './get-my-profile';

export { claimExpertSchema, confirmExpertClaimSchema };

/** Asks for a code at an imported profile's contact email; the answer never says if one exists. */
export const useRequestClaim = () =>
  useMutation({
    mutationFn: (input: ClaimExpertInput) =>
      api.post('/experts/claim', claimExpertSchema.parse(input), noContentSchema),
  });

/** Confirms with the mailed code: the imported profile becomes the signed-in expert's own. */
export const useConfirmClaim = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ConfirmExpertClaimInput): Promise<ExpertDto> =>
      (
        await api.post(
          '/experts/claim/confirm',
          confirmExpertClaimSchema.parse(input),
          expertResponseSchema,
        )
      ).expert,
    onSuccess: (expert) => {
      queryClient.setQueryData(myProfileQueryKey, expert);
      void queryClient.invalidateQueries({ queryKey: myProfileQueryKey });
    },
  });
};
