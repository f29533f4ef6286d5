import { interestRoutes } from '@qs/shared';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ApiRouter } from '../../lib/http/api-router';
import { authorizeNeed, findNeedOrFail } from '../needs';
import {
  authorizeInterest,
  callingExpert,
  browseNeeds,
  expressInterest,
  interestedExperts,
  myInterests,
  presentInterest,
  withdrawInterest,
} from './interests.service';

/** Registered before the needs' routes: `/needs/browse` is not a need's id. */
export function registerInterestRoutes(api: ApiRouter, deps: { limiter: RateLimiterAbstract }) {
  // The expert's own list: what each expert sees is their scope.
  api.handle(interestRoutes.browse, ({ actor, query, lang }) => browseNeeds(actor, query, lang));

  api.pipeline(interestRoutes.express, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeInterest(actor, need),
    command: async ({ actor, body }, need) =>
      expressInterest(await callingExpert(actor), need, body, deps.limiter),
    present: (_ctx, record) => ({ interest: presentInterest(record) }),
  });

  api.handle(interestRoutes.withdraw, ({ actor, params }) => withdrawInterest(actor, params.id));

  api.pipeline(interestRoutes.list, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:match', need),
    command: (_ctx, need) => interestedExperts(need),
    present: (_ctx, items) => ({ items }),
  });

  api.handle(interestRoutes.mine, async ({ actor }) => ({ items: await myInterests(actor) }));
}
