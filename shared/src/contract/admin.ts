import {
  createUserSchema,
  listUsersQuerySchema,
  userDtoSchema,
  userResponseSchema,
} from '../schemas/auth';
import { pageSchema } from '../schemas/common';
import { defineRoute } from './define';

const tags = ['Administration'];

export const adminRoutes = {
  createUser: defineRoute({
    method: 'post',
    path: '/admin/users',
    summary: 'Create an account of any role',
    tags,
    access: 'signed-in',
    body: createUserSchema,
    example: {
      email: 'reviewer@example.cn',
      password: 'a-long-passphrase',
      name: '人社局审核员',
      role: 'bureau',
    },
    status: 201,
    response: userResponseSchema,
    errors: [403, 409],
  }),
  listUsers: defineRoute({
    method: 'get',
    path: '/admin/users',
    summary: 'List accounts',
    tags,
    access: 'signed-in',
    query: listUsersQuerySchema,
    response: pageSchema(userDtoSchema),
    errors: [403],
  }),
};
