import { idParams } from './common';
import { defineRoute } from './define';

export const outcomeRoutes = {
  downloadFile: defineRoute({
    method: 'get',
    path: '/collaborations/:id/outcome/file',
    summary:
      'The outcome’s file, always as an attachment (its two sides and the bureau); 404 when it has none',
    tags: ['Collaborations'],
    access: 'signed-in',
    params: idParams,
    errors: [403, 404],
  }),
};
