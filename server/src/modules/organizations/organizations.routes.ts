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
  // The directory is open to every signed-in user: a list is a query, reading one needs no rule.
  api.handle(organizationRoutes.list, async ({ query }) => {
    const { items, total } = await listOrganizations(query);
    return { items: items.map(presentOrganization), total, page: query.page, limit: query.limit };
  });

  api.pipeline(organizationRoutes.get, {
    load: ({ params }) => getOrganization(params.id),
    authorize: () => undefined,
    present: (_ctx, organization) => ({ organization: presentOrganization(organization) }),
  });

  api.pipeline(organizationRoutes.create, {
    authorize: ({ actor }) => authorize(actor, 'organizations:write', undefined),
    command: ({ body }) => createOrganization(body),
    present: (_ctx, organization) => ({ organization: presentOrganization(organization) }),
  });

  api.pipeline(organizationRoutes.update, {
    load: ({ params }) => getOrganization(params.id),
    authorize: ({ actor }) => authorize(actor, 'organizations:write', undefined),
    command: ({ params, body }) => updateOrganization(params.id, body),
    present: (_ctx, organization) => ({ organization: presentOrganization(organization) }),
  });
}
