import { z } from 'zod';
import {
  catalogueQuerySchema,
  createNeedSchema,
  idSchema,
  listNeedsQuerySchema,
  needDtoSchema,
  pageSchema,
  updateNeedSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import type { Logger } from '../../lib/logger';
import type { SearchEngine } from '../../lib/search';
import {
  closeNeed,
  createNeed,
  getNeed,
  listCatalogue,
  listNeeds,
  presentOne,
  updateNeed,
} from './needs.service';

const tags = ['Needs'];
const idParams = z.strictObject({ id: idSchema });
const needResponse = z.object({ need: needDtoSchema });
const createdResponse = z.object({ need: needDtoSchema, suggestedSkills: z.array(z.string()) });

/** A failing engine costs relevance, not the answer: the database path takes over. */
const searchFailed = (log: Logger) => (err: unknown) =>
  log.warn({ err }, 'search engine failed; answered from the database');

export function registerNeedRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.route(
    {
      method: 'post',
      path: '/needs',
      summary:
        'Post a need (enterprise); skills are suggested from the text when none are required',
      tags,
      access: 'signed-in',
      body: createNeedSchema,
      example: {
        title: '注塑车间设备联网',
        description: '为注塑车间部署边缘计算网关，采集设备数据。',
        kind: 'diagnosis',
        sector: 'home-appliances',
        requiredSkills: ['edge-computing'],
        city: '青岛',
      },
      status: 201,
      response: createdResponse,
      errors: [403],
    },
    async ({ actor, body }) => {
      const need = await presentOne(actor, await createNeed(actor, body));
      return { need, suggestedSkills: need.suggestedSkills };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/needs',
      summary:
        'Enterprises: their own and open needs; experts: needs they are invited to; bureau: all',
      tags,
      access: 'signed-in',
      query: listNeedsQuerySchema,
      response: pageSchema(needDtoSchema),
    },
    ({ req, actor, query }) => listNeeds(actor, query, deps.search, searchFailed(req.log)),
  );

  api.route(
    {
      method: 'get',
      path: '/needs/catalogue',
      summary: 'The scenario catalogue: published application scenarios, searchable',
      tags,
      access: 'signed-in',
      query: catalogueQuerySchema,
      response: pageSchema(needDtoSchema),
    },
    ({ actor, req, query }) => listCatalogue(actor, query, deps.search, searchFailed(req.log)),
  );

  api.route(
    {
      method: 'get',
      path: '/needs/:id',
      summary: 'One need',
      tags,
      access: 'signed-in',
      params: idParams,
      response: needResponse,
      errors: [404],
    },
    async ({ actor, params }) => ({ need: await getNeed(actor, params.id) }),
  );

  api.route(
    {
      method: 'patch',
      path: '/needs/:id',
      summary: 'Edit an open need (owner)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: updateNeedSchema,
      example: { title: '注塑车间设备联网与预测性维护' },
      response: needResponse,
      errors: [403, 404, 409],
    },
    async ({ actor, params, body }) => ({ need: await updateNeed(actor, params.id, body) }),
  );

  api.route(
    {
      method: 'post',
      path: '/needs/:id/close',
      summary: 'Close a need (owner)',
      tags,
      access: 'signed-in',
      params: idParams,
      response: needResponse,
      errors: [403, 404, 409],
    },
    async ({ actor, params }) => ({ need: await closeNeed(actor, params.id) }),
  );
}
