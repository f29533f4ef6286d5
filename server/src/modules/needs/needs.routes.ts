import { needRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import type { Logger } from '../../lib/logger';
import type { SearchEngine } from '../../lib/search';
import {
  closeNeed,
  createNeed,
  getNeed,
  listCatalogue,
  listNeeds,
  presentOne,
  updateNeed,
} from './needs.service';

/** A failing engine costs relevance, not the answer: the database path takes over. */
const searchFailed = (log: Logger) => (err: unknown) =>
  log.warn({ err }, 'search engine failed; answered from the database');

export function registerNeedRoutes(api: ApiRouter, deps: { search: SearchEngine }): void {
  api.handle(needRoutes.create, async ({ actor, body }) => {
    const need = await presentOne(actor, await createNeed(actor, body));
    return { need, suggestedSkills: need.suggestedSkills };
  });

  api.handle(needRoutes.list, ({ req, actor, query }) =>
    listNeeds(actor, query, deps.search, searchFailed(req.log)),
  );

  api.handle(needRoutes.catalogue, ({ actor, req, query }) =>
    listCatalogue(actor, query, deps.search, searchFailed(req.log)),
  );

  api.handle(needRoutes.get, async ({ actor, params }) => ({
    need: await getNeed(actor, params.id),
  }));

  api.handle(needRoutes.update, async ({ actor, params, body }) => ({
    need: await updateNeed(actor, params.id, body),
  }));

  api.handle(needRoutes.close, async ({ actor, params }) => ({
    need: await closeNeed(actor, params.id),
  }));
}
