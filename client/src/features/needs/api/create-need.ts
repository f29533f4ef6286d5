import { createNeedSchema, needDtoSchema, needKinds, type NeedDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';
import { needQueryKey } from './get-need';

export { createNeedSchema, needKinds };
export type CreateNeedBody = z.input<typeof createNeedSchema>;

const createdNeedSchema = z.object({ need: needDtoSchema, suggestedSkills: z.array(z.string()) });
export type CreatedNeed = z.infer<typeof createdNeedSchema>;

export function createNeed(body: CreateNeedBody): Promise<CreatedNeed> {
  return api.post('/needs', body, createdNeedSchema);
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
