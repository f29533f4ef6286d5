import { authRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, resetCsrfToken } from '../../../lib/api-client';
import { meQueryKey } from './me';

export async function logout(): Promise<void> {
  await call(authRoutes.logout);
  resetCsrfToken();
}

const isMeQuery = (key: readonly unknown[]) => key[0] === meQueryKey[0] && key[1] === meQueryKey[1];

export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.setQueryData(meQueryKey, null);
      // Nothing cached for one user may show to the next one.
      queryClient.removeQueries({ predicate: (query) => !isMeQuery(query.queryKey) });
    },
  });
};
