import { expertClaimRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import { authorizeClaim, createExpertClaims, type ClaimDeps } from './experts.claims';
import { findExpertOrFail } from './experts.service';

export function registerExpertClaimRoutes(api: ApiRouter, deps: ClaimDeps): void {
  const claims = createExpertClaims(deps);

  api.pipeline(expertClaimRoutes.claim, {
    authorize: ({ actor }) => authorizeClaim(actor),
    command: ({ req, actor, body }) =>
      claims.request(actor, body.email, languageOf(req.get('accept-language'))),
    present: () => undefined,
  });

  api.pipeline(expertClaimRoutes.confirm, {
    authorize: ({ actor }) => authorizeClaim(actor),
    command: ({ actor, body }) => claims.confirm(actor, body.code),
    present: (_ctx, expert) => ({ expert }),
  });

  api.pipeline(expertClaimRoutes.linkAccount, {
    load: ({ params }) => findExpertOrFail(params.id),
    authorize: ({ actor }) => authorize(actor, 'experts:link-account', undefined),
    command: ({ actor, body }, expert) => claims.linkAccount(actor, expert, body.email),
    present: (_ctx, expert) => ({ expert }),
  });
}
