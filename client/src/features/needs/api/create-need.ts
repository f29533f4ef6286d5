import { createNeedSchema, type NeedDto, needKinds, needRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call, type CallOutput } from '../../../lib/api-client';
import { needQueryKey } from './get-need';

export { createNeedSchema, needKinds };
export type CreateNeedBody = z.input<typeof createNeedSchema>;

export type CreatedNeed = CallOutput<typeof needRoutes.create>;

export function createNeed(body: CreateNeedBody): Promise<CreatedNeed> {
  return call(needRoutes.create, { body });
}

export const useCreateNeed = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNeed,
    onSuccess: ({ need }: { need: NeedDto }) => {
      queryClient.setQueryData(needQueryKey(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'list'] });
    },
  });
};
