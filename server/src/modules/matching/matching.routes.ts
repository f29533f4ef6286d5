import { z } from 'zod';
import {
  extractionDtoSchema,
  extractionInputSchema,
  idSchema,
  matchQuerySchema,
  matchResponseSchema,
} from '@qs/shared';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import type { SearchEngine } from '../../lib/search';
import { extract, listExtractions, replayExtraction } from './extraction.service';
import { matchNeed } from './matching.service';

const tags = ['Matching'];
const needParams = z.strictObject({ id: idSchema });

export function registerMatchingRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.route(
    {
      method: 'get',
      path: '/needs/:id/matches',
      summary:
        'Ranked experts for a need with explained scores (reasons in the Accept-Language language)',
      tags,
      access: 'signed-in',
      params: needParams,
      query: matchQuerySchema,
      response: matchResponseSchema,
      errors: [403, 404],
    },
    ({ req, actor, params, query }) =>
      matchNeed(actor, params.id, query, {
        search: deps.search,
        lang: languageOf(req.get('accept-language')),
      }),
  );

  api.route(
    {
      method: 'post',
      path: '/needs/:id/extraction',
      summary:
        'A recorded random draw of qualified experts, with avoidance, replayable from its seed',
      tags,
      access: 'signed-in',
      params: needParams,
      body: extractionInputSchema,
      example: { count: 3, pools: ['qingdao'] },
      status: 201,
      response: extractionDtoSchema,
      errors: [403, 404],
    },
    ({ actor, params, body }) => extract(actor, params.id, body, deps.search),
  );

  api.route(
    {
      method: 'get',
      path: '/needs/:id/extraction',
      summary: 'Past draws for a need',
      tags,
      access: 'signed-in',
      params: needParams,
      response: z.object({ items: z.array(extractionDtoSchema) }),
      errors: [403, 404],
    },
    ({ actor, params }) => listExtractions(actor, params.id),
  );

  api.route(
    {
      method: 'get',
      path: '/needs/:id/extraction/:extractionId/replay',
      summary: 'Replays a recorded draw from its candidates and seed',
      tags,
      access: 'signed-in',
      params: z.strictObject({ id: idSchema, extractionId: idSchema }),
      response: z.object({
        consistent: z.boolean(),
        expertIds: z.array(z.string()),
        seed: z.number(),
      }),
      errors: [403, 404],
    },
    async ({ actor, params }) => {
      const replay = await replayExtraction(actor, params.id, params.extractionId);
      if (!replay) throw new NotFoundError({ message: 'No such draw for this need' });
      return replay;
    },
  );
}
