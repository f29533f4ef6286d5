import { expertRoutes, type ExpertDto } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import type { SearchEngine } from '../../lib/search';
import { presentExpert } from './experts.presenter';
import {
  authorizeExpertRead,
  authorizeOwnProfile,
  decideVerification,
  findExpertOrFail,
  findOwnProfile,
  listExperts,
  presentManyFor,
  updateOwnProfile,
  wholeProfile,
} from './experts.service';
import { updatePoolSetting } from './pools.service';
import { poolSettings } from './visibility';

export function registerExpertRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.handle(expertRoutes.list, ({ req, actor, query }) =>
    listExperts(actor, query, deps.search, (err) =>
      req.log.warn({ err }, 'search engine failed; answered from the database'),
    ),
  );

  api.pipeline(expertRoutes.me, {
    load: ({ actor }) => findOwnProfile(actor),
    authorize: ({ actor }, expert) => authorizeOwnProfile(actor, expert),
    // authorizeOwnProfile refused an account without a profile.
    present: ({ actor }, expert) => ({ expert: presentExpert(expert!, wholeProfile(actor)) }),
  });

  api.pipeline(expertRoutes.updateMe, {
    load: ({ actor }) => findOwnProfile(actor),
    authorize: ({ actor }, expert) => authorizeOwnProfile(actor, expert),
    // As above: the profile was found.
    command: ({ actor, body }, expert) => updateOwnProfile(actor, expert!, body),
    present: ({ actor }, expert) => ({ expert: presentExpert(expert, wholeProfile(actor)) }),
  });

  api.pipeline(expertRoutes.get, {
    load: ({ params }) => findExpertOrFail(params.id),
    authorize: ({ actor }, expert) => authorizeExpertRead(actor, expert),
    present: async ({ actor }, expert) => {
      const [dto] = await presentManyFor(actor, [expert]);
      return { expert: dto as ExpertDto };
    },
  });

  api.pipeline(expertRoutes.decideVerification, {
    load: ({ params }) => findExpertOrFail(params.id),
    authorize: ({ actor }) => authorize(actor, 'experts:verify', undefined),
    command: ({ actor, body }, expert) => decideVerification(actor, expert, body),
    present: ({ actor }, expert) => ({ expert: presentExpert(expert, wholeProfile(actor)) }),
  });

  api.handle(expertRoutes.pools, async () => ({ items: await poolSettings() }));

  api.pipeline(expertRoutes.updatePool, {
    authorize: ({ actor }) => authorize(actor, 'pools:configure', undefined),
    command: ({ actor, params, body }) =>
      updatePoolSetting(actor, params.pool, body.openToOtherCities),
    present: (_ctx, setting) => setting,
  });
}
