import { conflictQuerySchema, conflictResponseSchema } from '../schemas/conflicts';
import { idParams } from './common';
import { defineRoute } from './define';

export const conflictRoutes = {
  conflicts: defineRoute({
    method: 'get',
    path: '/needs/:id/conflicts',
    summary:
      'Whether and why an expert conflicts with a need (avoided organizations, former employers within three years, avoided experts, suspension); the need’s owner and staff',
    tags: ['Matching'],
    access: 'signed-in',
    params: idParams,
    query: conflictQuerySchema,
    response: conflictResponseSchema,
    errors: [400, 403, 404],
  }),
};
