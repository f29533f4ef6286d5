import { needRoutes } from '@qs/shared';
import type { NeedDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { needQueryKey } from './get-need';

export async function closeNeed(id: string): Promise<NeedDto> {
  const { need } = await call(needRoutes.close, { params: { id } });
  return need;
}

export const useCloseNeed = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeNeed,
    onSuccess: (need) => {
      queryClient.setQueryData(needQueryKey(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
};
