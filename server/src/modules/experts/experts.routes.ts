import { expertRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import type { SearchEngine } from '../../lib/search';
import {
  decideVerification,
  getExpert,
  getOwnProfile,
  listExperts,
  updateOwnProfile,
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

  api.handle(expertRoutes.get, async ({ actor, params }) => ({
    expert: await getExpert(actor, params.id),
  }));

  api.handle(expertRoutes.decideVerification, async ({ actor, params, body }) => ({
    expert: await decideVerification(actor, params.id, body),
  }));

  api.handle(expertRoutes.pools, async () => ({ items: await poolSettings() }));

  api.handle(expertRoutes.updatePool, async ({ actor, params, body }) => {
    authorize(actor, 'pools:configure', undefined);
    return updatePoolSetting(actor, params.pool, body.openToOtherCities);
  });
}
