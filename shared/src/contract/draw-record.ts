import { z } from 'zod';
import { idSchema } from '../schemas/common';
import { defineRoute } from './define';

export const drawRecordRoutes = {
  pdf: defineRoute({
    method: 'get',
    path: '/needs/:id/extraction/:extractionId/record.pdf',
    summary:
      'A draw’s record for the file as a PDF (need, time, operator, seed, pools, avoidance rules, drawn and reserve experts, replacements), in the Accept-Language language',
    tags: ['Matching'],
    access: 'signed-in',
    params: z.strictObject({ id: idSchema, extractionId: idSchema }),
    errors: [403, 404],
  }),
};
