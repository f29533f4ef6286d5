import { z } from 'zod';
import { pageSchema } from '../schemas/common';
import {
  listOrganizationsQuerySchema,
  organizationDtoSchema,
  organizationInputSchema,
  organizationPatchSchema,
} from '../schemas/organizations';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Organizations'];

export const organizationResponseSchema = z.object({ organization: organizationDtoSchema });

export const organizationRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/organizations',
    summary: 'Search organizations by name, type, city and alliance membership',
    tags,
    access: 'signed-in',
    query: listOrganizationsQuerySchema,
    response: pageSchema(organizationDtoSchema),
  }),
  get: defineRoute({
    method: 'get',
    path: '/organizations/:id',
    summary: 'One organization',
    tags,
    access: 'signed-in',
    params: idParams,
    response: organizationResponseSchema,
    errors: [404],
  }),
  create: defineRoute({
    method: 'post',
    path: '/organizations',
    summary: 'Create an organization (bureau, admin)',
    tags,
    access: 'signed-in',
    body: organizationInputSchema,
    example: { name: '青岛市工业互联网协会', type: 'association', city: '青岛' },
    status: 201,
    response: organizationResponseSchema,
    errors: [403, 409],
  }),
  update: defineRoute({
    method: 'patch',
    path: '/organizations/:id',
    summary: 'Edit an organization (bureau, admin)',
    tags,
    access: 'signed-in',
    params: idParams,
    body: organizationPatchSchema,
    example: { allianceMember: true },
    response: organizationResponseSchema,
    errors: [403, 404, 409],
  }),
};
