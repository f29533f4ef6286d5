import {
  adminRoutes,
  type CreateUserInput,
  createUserSchema,
  type ListUsersQuery,
  listUsersQuerySchema,
  type UserDto,
} from '@qs/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export { createUserSchema, listUsersQuerySchema, type CreateUserInput, type ListUsersQuery };

export const userKeys = {
  all: ['users'] as const,
  list: (query: ListUsersQuery) => [...userKeys.all, 'list', query] as const,
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
