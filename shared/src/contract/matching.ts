import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { drawReplaySchema, topUpInputSchema } from '../schemas/draws';
import {
  extractionDtoSchema,
  extractionInputSchema,
  matchQuerySchema,
  matchResponseSchema,
} from '../schemas/matching';
import { defineRoute } from './define';

const tags = ['Matching'];

const needParams = z.strictObject({ id: idSchema });
const drawParams = z.strictObject({ id: idSchema, extractionId: idSchema });

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
    example: { count: 3, pools: ['qingdao'], reserves: 2 },
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
    params: drawParams,
    response: drawReplaySchema,
    errors: [403, 404],
  }),
  extraction: defineRoute({
    method: 'get',
    path: '/needs/:id/extraction/:extractionId',
    summary: 'One draw with its members and trail (who replaced whom, when and why)',
    tags,
    access: 'signed-in',
    params: drawParams,
    response: extractionDtoSchema,
    errors: [403, 404],
  }),
  topUp: defineRoute({
    method: 'post',
    path: '/needs/:id/extraction/:extractionId/top-up',
    summary:
      'Draws more reserves for a draw, never anyone drawn before; with invite, empty seats are filled at once',
    tags,
    access: 'signed-in',
    params: drawParams,
    body: topUpInputSchema,
    example: { count: 2 },
    response: extractionDtoSchema,
    errors: [403, 404, 409],
  }),
};
