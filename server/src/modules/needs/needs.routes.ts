import { needRoutes, type Actor } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import type { Logger } from '../../lib/logger';
import { assertOrganizationNotSuspended } from '../credit';
import type { SearchEngine } from '../../lib/search';
import {
  authorizeNeed,
  closeNeed,
  createNeed,
  findNeedOrFail,
  listCatalogue,
  listNeeds,
  presentOne,
  updateNeed,
} from './needs.service';
import type { NeedRecord } from './need.model';

/** A failing engine costs relevance, not the answer: the database path takes over. */
const searchFailed = (log: Logger) => (err: unknown) =>
  log.warn({ err }, 'search engine failed; answered from the database');

export interface NeedRouteDeps {
  search: SearchEngine;
  /** Whether the need's rules admit the calling expert (the matching module's eligibility). */
  admitsExpert: (actor: Actor, need: NeedRecord) => Promise<boolean>;
}

export function registerNeedRoutes(api: ApiRouter, deps: NeedRouteDeps): void {
  api.pipeline(needRoutes.create, {
    authorize: async ({ actor }) => {
      authorize(actor, 'needs:create', undefined);
      if (actor.organizationId) await assertOrganizationNotSuspended(actor.organizationId);
    },
    command: ({ actor, body }) => createNeed(actor, body),
    present: async ({ actor }, created) => {
      const need = await presentOne(actor, created);
      return { need, suggestedSkills: need.suggestedSkills };
    },
  });

  // Lists are queries: what each actor may see is their scope, not an authorization.
  api.handle(needRoutes.list, ({ req, actor, query }) =>
    listNeeds(actor, query, deps.search, searchFailed(req.log)),
  );

  api.handle(needRoutes.catalogue, ({ actor, req, query }) =>
    listCatalogue(actor, query, deps.search, searchFailed(req.log)),
  );

  api.pipeline(needRoutes.get, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: async ({ actor }, need) =>
      authorizeNeed(actor, 'needs:read', need, await deps.admitsExpert(actor, need)),
    present: async ({ actor }, need) => ({ need: await presentOne(actor, need) }),
  });

  api.pipeline(needRoutes.update, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:edit', need),
    command: ({ body }, need) => updateNeed(need, body),
    present: async ({ actor }, need) => ({ need: await presentOne(actor, need) }),
  });

  api.pipeline(needRoutes.close, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:edit', need),
    command: ({ actor, body }, need) => closeNeed(actor, need, body),
    present: async ({ actor }, need) => ({ need: await presentOne(actor, need) }),
  });
}
