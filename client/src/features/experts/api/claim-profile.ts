import {
  type ClaimExpertInput,
  claimExpertSchema,
  type ConfirmExpertClaimInput,
  confirmExpertClaimSchema,
  expertClaimRoutes,
  type ExpertDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { myProfileQueryKey } from './get-my-profile';

export { claimExpertSchema, confirmExpertClaimSchema };

/** Asks for a code at an imported profile's contact email; the answer never says if one exists. */
export const useRequestClaim = () =>
  useMutation({
    mutationFn: (input: ClaimExpertInput) =>
      call(expertClaimRoutes.claim, { body: claimExpertSchema.parse(input) }),
  });

/** Confirms with the mailed code: the imported profile becomes the signed-in expert's own. */
export const useConfirmClaim = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ConfirmExpertClaimInput): Promise<ExpertDto> =>
      (await call(expertClaimRoutes.confirm, { body: confirmExpertClaimSchema.parse(input) }))
        .expert,
    onSuccess: (expert) => {
      queryClient.setQueryData(myProfileQueryKey, expert);
      void queryClient.invalidateQueries({ queryKey: myProfileQueryKey });
    },
  });
};
