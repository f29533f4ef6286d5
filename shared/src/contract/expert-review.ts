import {
  batchVerificationResultSchema,
  batchVerificationSchema,
  expertReviewSchema,
} from '../schemas/expert-review';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Experts'];

/** The bureau's review desk: what changed since the last verification, batch decisions, who decided. */
export const expertReviewRoutes = {
  review: defineRoute({
    method: 'get',
    path: '/experts/:id/review',
    summary:
      'A profile under review: its fields changed since the last verified version, and every decision with who made it (bureau, admin)',
    tags,
    access: 'signed-in',
    params: idParams,
    response: expertReviewSchema,
    errors: [403, 404],
  }),
  decideMany: defineRoute({
    method: 'post',
    path: '/experts/verifications',
    summary:
      'Verify or reject several experts in one request (bureau); each answers its own result, as one decision would',
    tags,
    access: 'signed-in',
    body: batchVerificationSchema,
    example: {
      expertIds: ['6650f1c2a1b2c3d4e5f60718', '6650f1c2a1b2c3d4e5f60719'],
      decision: 'verified',
      note: '材料齐全',
    },
    response: batchVerificationResultSchema,
    errors: [403],
  }),
};
