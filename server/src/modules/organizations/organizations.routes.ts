import { organizationRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentOrganization } from './organizations.presenter';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './organizations.service';

export function registerOrganizationRoutes(api: ApiRouter): void {
  api.handle(organizationRoutes.list, async ({ query }) => {
    const { items, total } = await listOrganizations(query);
    return { items: items.map(presentOrganization), total, page: query.page, limit: query.limit };
  });

  api.handle(organizationRoutes.get, async ({ params }) => ({
    organization: presentOrganization(await getOrganization(params.id)),
  }));

  api.handle(organizationRoutes.create, async ({ actor, body }) => {
    authorize(actor, 'organizations:write', undefined);
    return { organization: presentOrganization(await createOrganization(body)) };
  });

  api.handle(organizationRoutes.update, async ({ actor, params, body }) => {
    await getOrganization(params.id);
    authorize(actor, 'organizations:write', undefined);
    return { organization: presentOrganization(await updateOrganization(params.id, body)) };
  });
}
