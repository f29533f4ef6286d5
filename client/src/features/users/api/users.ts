import {
  adminRoutes,
  type CreateUserInput,
  createUserSchema,
  type ListUsersQuery,
  listUsersQuerySchema,
  type UpdateUserInput,
  updateUserSchema,
  type UserDto,
} from '@qs/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export {
  createUserSchema,
  listUsersQuerySchema,
  updateUserSchema,
  type CreateUserInput,
  type ListUsersQuery,
  type UpdateUserInput,
};

export const userKeys = {
  all: ['users'] as const,
  list: (query: ListUsersQuery) => [...userKeys.all, 'list', query] as const,
  history: (id: string) => [...userKeys.all, 'history', id] as const,
};

/** Every account, filtered by role or by name and email (admin). */
export const useUsers = (query: ListUsersQuery) =>
  useQuery({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => call(adminRoutes.listUsers, { query, signal }),
    placeholderData: keepPreviousData,
  });

/** An account of any role, bureau staff and admins included (admin). */
export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateUserInput): Promise<UserDto> =>
      (await call(adminRoutes.createUser, { body: createUserSchema.parse(input) })).user,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

/** Disables or enables an account, or exchanges a staff role, with a reason (admin). */
export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...input }: UpdateUserInput & { id: string }): Promise<UserDto> =>
      (await call(adminRoutes.updateUser, { params: { id }, body: updateUserSchema.parse(input) }))
        .user,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

/** Mails the account a one-time link to set a new password (admin). */
export const useResetPassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      call(adminRoutes.resetPassword, { params: { id }, body: { reason } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

/** Who changed an account, when and why (admin). */
export const useUserHistory = (id: string | undefined) =>
  useQuery({
    queryKey: userKeys.history(id ?? ''),
    queryFn: ({ signal }) => call(adminRoutes.userHistory, { params: { id: id ?? '' }, signal }),
    enabled: !!id,
  });
