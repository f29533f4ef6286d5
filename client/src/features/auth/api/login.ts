import { authRoutes, type LoginInput, loginSchema, type UserDto } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from './me';

export { loginSchema, type LoginInput };

export async function login(input: LoginInput): Promise<UserDto> {
  const { user } = await call(authRoutes.login, { body: loginSchema.parse(input) });
  // The session was replaced, and its CSRF token with it.
  resetCsrfToken();
  return user;
}

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
};
