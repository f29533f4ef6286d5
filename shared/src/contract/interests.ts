import {
  browseNeedsQuerySchema,
  browsedNeedPageSchema,
  expressInterestSchema,
  interestedExpertListSchema,
  interestListSchema,
  interestResponseSchema,
} from '../schemas/interests';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Interests'];

/** Experts browse open needs and say they are interested; the need's owner sees them. */
export const interestRoutes = {
  browse: defineRoute({
    method: 'get',
    path: '/needs/browse',
    summary:
      'Open needs the expert may take part in (their pool is open to the need, no avoidance, not suspended or frozen), by fit to their skills; of the 1,000 best-fitting (or newest) open needs the filters keep, which `total` counts at most; experts only',
    tags,
    access: 'signed-in',
    query: browseNeedsQuerySchema,
    response: browsedNeedPageSchema,
    errors: [403],
  }),
  express: defineRoute({
    method: 'post',
    path: '/needs/:id/interest',
    summary:
      'Express interest in an open need (expert), with an optional short message; the need’s organization is notified',
    tags,
    access: 'signed-in',
    params: idParams,
    body: expressInterestSchema,
    example: { message: '我做过类似的注塑车间设备联网项目，可以先远程交流。' },
    status: 201,
    response: interestResponseSchema,
    errors: [403, 404, 409, 429],
  }),
  withdraw: defineRoute({
    method: 'delete',
    path: '/needs/:id/interest',
    summary: 'Withdraw one’s interest in a need (expert)',
    tags,
    access: 'signed-in',
    params: idParams,
    errors: [403, 404],
  }),
  list: defineRoute({
    method: 'get',
    path: '/needs/:id/interests',
    summary: 'The experts interested in a need, newest first: its organization and staff',
    tags,
    access: 'signed-in',
    params: idParams,
    response: interestedExpertListSchema,
    errors: [403, 404],
  }),
  mine: defineRoute({
    method: 'get',
    path: '/interests/mine',
    summary: 'The needs the expert expressed interest in, newest first',
    tags,
    access: 'signed-in',
    response: interestListSchema,
    errors: [403],
  }),
};
