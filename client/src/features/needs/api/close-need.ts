import type { NeedDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { needQueryKey, needResponseSchema } from './get-need';

export async function closeNeed(id: string): Promise<NeedDto> {
  const { need } = await api.post(
    `/needs/${encodeURIComponent(id)}/close`,
    undefined,
    needResponseSchema,
  );
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
