import { poolRuleRoutes, type ExpertDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { myProfileQueryKey } from './get-my-profile';

/** The expert confirms the profile is still current (yearly confirmation). */
export const useConfirmProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<ExpertDto> => (await call(poolRuleRoutes.confirm, {})).expert,
    onSuccess: (expert) => {
      queryClient.setQueryData(myProfileQueryKey, expert);
      void queryClient.invalidateQueries({ queryKey: ['experts', 'detail', expert.id] });
    },
  });
};
