import { z } from 'zod';
import {
  expertDtoSchema,
  expertListSchema,
  expertProfileInputSchema,
  idSchema,
  listExpertsQuerySchema,
  poolSchema,
  poolSettingSchema,
  updatePoolSettingSchema,
  verificationDecisionSchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import type { SearchEngine } from '../../lib/search';
import {
  decideVerification,
  getExpert,
  getOwnProfile,
  listExperts,
  updateOwnProfile,
} from './experts.service';
import { updatePoolSetting } from './pools.service';
import { poolSettings } from './visibility';

const tags = ['Experts'];
const idParams = z.strictObject({ id: idSchema });
const expertResponse = z.object({ expert: expertDtoSchema });

export function registerExpertRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.route(
    {
      method: 'get',
      path: '/experts',
      summary:
        'Search experts with filters and facets (enterprises see verified experts of pools open to them)',
      tags,
      access: 'signed-in',
      query: listExpertsQuerySchema,
      response: expertListSchema,
    },
    ({ req, actor, query }) =>
      listExperts(actor, query, deps.search, (err) =>
        req.log.warn({ err }, 'search engine failed; answered from the database'),
      ),
  );

  api.route(
    {
      method: 'get',
      path: '/experts/me',
      summary: 'The expert’s own profile',
      tags,
      access: 'signed-in',
      response: expertResponse,
      errors: [403, 404],
    },
    async ({ actor }) => ({ expert: await getOwnProfile(actor) }),
  );

  api.route(
    {
      method: 'put',
      path: '/experts/me',
      summary:
        'Save the expert’s own profile; skills or organization changes go back to verification',
      tags,
      access: 'signed-in',
      body: expertProfileInputSchema,
      example: {
        name: '张伟',
        title: '高级工程师',
        organization: '青岛智造研究院',
        city: '青岛',
        pool: 'qingdao',
        skills: ['edge-computing'],
        sectors: ['home-appliances'],
        bio: '长期从事边缘计算研究。',
        yearsOfExperience: 12,
        availability: 'available',
        contact: { phone: '13800000000', email: 'zhang@example.cn' },
        collaborationModes: ['remote'],
      },
      response: expertResponse,
      errors: [403, 404],
    },
    async ({ actor, body }) => ({ expert: await updateOwnProfile(actor, body) }),
  );

  api.route(
    {
      method: 'get',
      path: '/experts/:id',
      summary:
        'One expert; contact only for the expert, the bureau and enterprises with an accepted invitation',
      tags,
      access: 'signed-in',
      params: idParams,
      response: expertResponse,
      errors: [404],
    },
    async ({ actor, params }) => ({ expert: await getExpert(actor, params.id) }),
  );

  api.route(
    {
      method: 'post',
      path: '/experts/:id/verification',
      summary: 'Verify or reject an expert profile (bureau)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: verificationDecisionSchema,
      example: { decision: 'verified', note: '材料齐全' },
      response: expertResponse,
      errors: [403, 404, 409],
    },
    async ({ actor, params, body }) => ({
      expert: await decideVerification(actor, params.id, body),
    }),
  );

  api.route(
    {
      method: 'get',
      path: '/pools',
      summary: 'Expert pools and whether each is open to other cities',
      tags,
      access: 'signed-in',
      response: z.object({ items: z.array(poolSettingSchema) }),
    },
    async () => ({ items: await poolSettings() }),
  );

  api.route(
    {
      method: 'patch',
      path: '/pools/:pool',
      summary: 'Open or close a pool to enterprises of other cities (bureau, admin)',
      tags,
      access: 'signed-in',
      params: z.strictObject({ pool: poolSchema }),
      body: updatePoolSettingSchema,
      example: { openToOtherCities: true },
      response: poolSettingSchema,
      errors: [403],
    },
    async ({ actor, params, body }) => {
      authorize(actor, 'pools:configure', undefined);
      return updatePoolSetting(actor, params.pool, body.openToOtherCities);
    },
  );
}
