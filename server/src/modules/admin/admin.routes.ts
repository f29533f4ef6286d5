import {
  createUserSchema,
  listUsersQuerySchema,
  pageSchema,
  userDtoSchema,
  userResponseSchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { createUser, listUsers, presentOneUser, presentUsers } from '../auth';

const tags = ['Administration'];

export function registerAdminRoutes(api: ApiRouter): void {
  api.route(
    {
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
    },
    async ({ actor, body }) => {
      authorize(actor, 'users:create', undefined);
      return { user: await presentOneUser(await createUser(body)) };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/admin/users',
      summary: 'List accounts',
      tags,
      access: 'signed-in',
      query: listUsersQuerySchema,
      response: pageSchema(userDtoSchema),
      errors: [403],
    },
    async ({ actor, query }) => {
      authorize(actor, 'users:list', undefined);
      const { items, total } = await listUsers(query);
      return { items: await presentUsers(items), total, page: query.page, limit: query.limit };
    },
  );
}
