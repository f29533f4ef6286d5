import { z } from 'zod';
import {
  idSchema,
  listOrganizationsQuerySchema,
  organizationDtoSchema,
  organizationInputSchema,
  organizationPatchSchema,
  pageSchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentOrganization } from './organizations.presenter';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './organizations.service';

const tags = ['Organizations'];
const idParams = z.strictObject({ id: idSchema });
const organizationResponse = z.object({ organization: organizationDtoSchema });

export function registerOrganizationRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'get',
      path: '/organizations',
      summary: 'Search organizations by name, type, city and alliance membership',
      tags,
      access: 'signed-in',
      query: listOrganizationsQuerySchema,
      response: pageSchema(organizationDtoSchema),
    },
    async ({ query }) => {
      const { items, total } = await listOrganizations(query);
      return { items: items.map(presentOrganization), total, page: query.page, limit: query.limit };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/organizations/:id',
      summary: 'One organization',
      tags,
      access: 'signed-in',
      params: idParams,
      response: organizationResponse,
      errors: [404],
    },
    async ({ params }) => ({ organization: presentOrganization(await getOrganization(params.id)) }),
  );

  api.route(
    {
      method: 'post',
      path: '/organizations',
      summary: 'Create an organization (bureau, admin)',
      tags,
      access: 'signed-in',
      body: organizationInputSchema,
      example: { name: '青岛市工业互联网协会', type: 'association', city: '青岛' },
      status: 201,
      response: organizationResponse,
      errors: [403, 409],
    },
    async ({ actor, body }) => {
      authorize(actor, 'organizations:write', undefined);
      return { organization: presentOrganization(await createOrganization(body)) };
    },
  );

  api.route(
    {
      method: 'patch',
      path: '/organizations/:id',
      summary: 'Edit an organization (bureau, admin)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: organizationPatchSchema,
      example: { allianceMember: true },
      response: organizationResponse,
      errors: [403, 404, 409],
    },
    async ({ actor, params, body }) => {
      await getOrganization(params.id);
      authorize(actor, 'organizations:write', undefined);
      return { organization: presentOrganization(await updateOrganization(params.id, body)) };
    },
  );
}
