import {
  createUserSchema,
  listUsersQuerySchema,
  passwordResetRequestSchema,
  updateUserSchema,
  userDtoSchema,
  userHistorySchema,
  userResponseSchema,
} from '../schemas/auth';
import { z } from 'zod';
import { idParams } from './common';
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
  updateUser: defineRoute({
    method: 'patch',
    path: '/admin/users/:id',
    summary: 'Disable or enable an account, or exchange a staff role; ends its sessions',
    tags,
    access: 'signed-in',
    params: idParams,
    body: updateUserSchema,
    example: { disabled: true, reason: '离职，停用账号' },
    response: userResponseSchema,
    errors: [403, 404, 409],
  }),
  resetPassword: defineRoute({
    method: 'post',
    path: '/admin/users/:id/password-reset',
    summary: 'Mail the account a one-time link to set a new password; ends its sessions',
    tags,
    access: 'signed-in',
    params: idParams,
    body: passwordResetRequestSchema,
    example: { reason: '用户电话申请重置密码' },
    status: 202,
    response: z.object({ sent: z.literal(true) }),
    errors: [403, 404, 409],
  }),
  userHistory: defineRoute({
    method: 'get',
    path: '/admin/users/:id/history',
    summary: 'Who changed this account, when and why',
    tags,
    access: 'signed-in',
    params: idParams,
    response: userHistorySchema,
    errors: [403, 404],
  }),
};
