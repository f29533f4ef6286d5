import { adminRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { createUser, listUsers, presentOneUser, presentUsers } from '../auth';

export function registerAdminRoutes(api: ApiRouter): void {
  api.pipeline(adminRoutes.createUser, {
    authorize: ({ actor }) => authorize(actor, 'users:create', undefined),
    command: ({ body }) => createUser(body),
    present: async (_ctx, user) => ({ user: await presentOneUser(user) }),
  });

  api.pipeline(adminRoutes.listUsers, {
    authorize: ({ actor }) => authorize(actor, 'users:list', undefined),
    command: ({ query }) => listUsers(query),
    present: async ({ query }, { items, total }) => ({
      items: await presentUsers(items),
      total,
      page: query.page,
      limit: query.limit,
    }),
  });
}
