import {
  authRoutes,
  organizationRefSchema,
  type OrganizationType,
  organizationTypes,
  type RegisterInput,
  registerSchema,
  type UserDto,
} from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from './me';

export {
  organizationRefSchema,
  organizationTypes,
  registerSchema,
  type OrganizationType,
  type RegisterInput,
};

export type RegistrableRole = RegisterInput['role'];
export const registrableRoles = registerSchema.shape.role.options;
export const passwordMinLength = registerSchema.shape.password.minLength ?? 0;

export async function register(input: RegisterInput): Promise<UserDto> {
  const { user } = await call(authRoutes.register, { body: registerSchema.parse(input) });
  // The new account is signed in on a new session, which has a CSRF token of its own.
  resetCsrfToken();
  return user;
}

export const useRegister = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (user) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
};
