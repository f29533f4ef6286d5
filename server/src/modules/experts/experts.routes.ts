import { expertRoutes, type ExpertDto } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import type { SearchEngine } from '../../lib/search';
import { presentExpert } from './experts.presenter';
import {
  authorizeExpertRead,
  decideVerification,
  findExpertOrFail,
  getOwnProfile,
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

  api.handle(expertRoutes.me, async ({ actor }) => ({ expert: await getOwnProfile(actor) }));

  api.handle(expertRoutes.updateMe, async ({ actor, body }) => ({
    expert: await updateOwnProfile(actor, body),
  }));

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

  api.handle(expertRoutes.updatePool, async ({ actor, params, body }) => {
    authorize(actor, 'pools:configure', undefined);
    return updatePoolSetting(actor, params.pool, body.openToOtherCities);
  });
}
