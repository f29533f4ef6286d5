import {
  requestOrganizationSchema,
  userResponseSchema,
  type RequestOrganizationInput,
  type UserDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { meQueryKey } from './me';

export { type RequestOrganizationInput };

/**
 * An enterprise account without an organization (rejected or removed) joins an existing one,
 * which waits for approval, or creates a new one, which it then owns.
 */
export async function requestOrganization(input: RequestOrganizationInput): Promise<UserDto> {
  const { user } = await api.put(
    '/auth/me/organization',
    requestOrganizationSchema.parse(input),
    userResponseSchema,
  );
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
