import {
  authRoutes,
  type RequestOrganizationInput,
  requestOrganizationSchema,
  type UserDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import { meQueryKey } from './me';

export { type RequestOrganizationInput };

/**
 * An enterprise account without an organization (rejected or removed) joins an existing one,
 * which waits for approval, or creates a new one, which it then owns.
 */
export async function requestOrganization(input: RequestOrganizationInput): Promise<UserDto> {
  const { user } = await call(authRoutes.requestOrganization, {
    body: requestOrganizationSchema.parse(input),
  });
  return user;
}

export const useRequestOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestOrganization,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
};
