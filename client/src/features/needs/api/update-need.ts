import type { updateNeedSchema } from '@qs/shared';
import { needRoutes, type NeedDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { needQueryKey } from './get-need';

export type UpdateNeedBody = z.input<typeof updateNeedSchema>;

/** Edits an open need (owner); the need's page shows the answer at once. */
export const useUpdateNeed = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateNeedBody): Promise<NeedDto> =>
      (await call(needRoutes.update, { params: { id }, body })).need,
    onSuccess: (need) => {
      queryClient.setQueryData(needQueryKey(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
};
