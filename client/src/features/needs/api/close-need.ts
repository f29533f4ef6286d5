import { needRoutes } from '@qs/shared';
import type { NeedDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { needQueryKey } from './get-need';

/** Closes the need; invited experts without a collaboration get a notice with the message. */
export async function closeNeed({
  id,
  message,
}: {
  id: string;
  message?: string;
}): Promise<NeedDto> {
  const { need } = await call(needRoutes.close, {
    params: { id },
    body: message ? { message } : {},
  });
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
