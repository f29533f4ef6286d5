import {
  collaborationModes,
  expertProfileInputSchema,
  type ExpertDto,
  type ExpertProfileInput,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../../lib/api-client';
import { expertResponseSchema } from './get-expert';
import { myProfileQueryKey } from './get-my-profile';

export { collaborationModes, expertProfileInputSchema, type ExpertProfileInput };
/** What the form sends: defaults are the server's to fill. */
export type ExpertProfileBody = z.input<typeof expertProfileInputSchema>;

export async function updateMyProfile(body: ExpertProfileBody): Promise<ExpertDto> {
  const { expert } = await api.put('/experts/me', body, expertResponseSchema);
  return expert;
}

export const useUpdateMyProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyProfile,
    onSuccess: (expert) => {
      queryClient.setQueryData(myProfileQueryKey, expert);
      void queryClient.invalidateQueries({ queryKey: ['experts', 'detail', expert.id] });
    },
  });
};
