import { authRoutes, type PasswordResetInput, passwordResetSchema } from '@qs/shared';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

/** Sets a new password with the one-time link an admin had mailed. */
export const useResetPassword = () =>
  useMutation({
    mutationFn: async (input: PasswordResetInput) => {
      await call(authRoutes.resetPassword, { body: passwordResetSchema.parse(input) });
    },
  });
