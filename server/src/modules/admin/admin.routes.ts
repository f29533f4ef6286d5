import { adminRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { createUser, listUsers, presentOneUser, presentUsers } from '../auth';

export function registerAdminRoutes(api: ApiRouter): void {
  api.handle(adminRoutes.createUser, async ({ actor, body }) => {
    authorize(actor, 'users:create', undefined);
    return { user: await presentOneUser(await createUser(body)) };
  });

  api.handle(adminRoutes.listUsers, async ({ actor, query }) => {
    authorize(actor, 'users:list', undefined);
    const { items, total } = await listUsers(query);
    return { items: await presentUsers(items), total, page: query.page, limit: query.limit };
  });
}
