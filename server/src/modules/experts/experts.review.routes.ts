import { expertReviewRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { decideMany, expertReview, type UserNames } from './experts.review';
import { findExpertOrFail } from './experts.service';

export function registerExpertReviewRoutes(api: ApiRouter, deps: { userNames: UserNames }): void {
  api.pipeline(expertReviewRoutes.review, {
    load: ({ params }) => findExpertOrFail(params.id),
    authorize: ({ actor }) => authorize(actor, 'experts:verify', undefined),
    present: ({ actor }, expert) => expertReview(actor, expert, deps.userNames),
  });

  api.pipeline(expertReviewRoutes.decideMany, {
    authorize: ({ actor }) => authorize(actor, 'experts:verify', undefined),
    command: ({ actor, body, lang }) => decideMany(actor, body, lang),
    present: (_ctx, result) => result,
  });
}
