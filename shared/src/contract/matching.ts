import { z } from 'zod';
import { idSchema } from '../schemas/common';
import {
  extractionDtoSchema,
  extractionInputSchema,
  matchQuerySchema,
  matchResponseSchema,
} from '../schemas/matching';
import { defineRoute } from './define';

const tags = ['Matching'];

const needParams = z.strictObject({ id: idSchema });

export const matchingRoutes = {
  matches: defineRoute({
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
  }),
  extract: defineRoute({
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
  }),
  extractions: defineRoute({
    method: 'get',
    path: '/needs/:id/extraction',
    summary: 'Past draws for a need',
    tags,
    access: 'signed-in',
    params: needParams,
    response: z.object({ items: z.array(extractionDtoSchema) }),
    errors: [403, 404],
  }),
  replay: defineRoute({
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
  }),
};
