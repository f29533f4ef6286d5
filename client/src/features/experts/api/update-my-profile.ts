import {
  collaborationModes,
  type ExpertDto,
  type ExpertProfileInput,
  expertProfileInputSchema,
  expertRoutes,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { myProfileQueryKey } from './get-my-profile';

export { collaborationModes, expertProfileInputSchema, type ExpertProfileInput };
/** What the form sends: defaults are the server's to fill. */
export type ExpertProfileBody = z.input<typeof expertProfileInputSchema>;

export async function updateMyProfile(body: ExpertProfileBody): Promise<ExpertDto> {
  const { expert } = await call(expertRoutes.updateMe, { body });
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
