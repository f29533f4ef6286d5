import { expertClaimRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import { createExpertClaims, type ClaimDeps } from './experts.claims';

export function registerExpertClaimRoutes(api: ApiRouter, deps: ClaimDeps): void {
  const claims = createExpertClaims(deps);

  api.handle(expertClaimRoutes.claim, async ({ req, actor, body }) => {
    await claims.request(actor, body.email, languageOf(req.get('accept-language')));
  });

  api.handle(expertClaimRoutes.confirm, async ({ actor, body }) => ({
    expert: await claims.confirm(actor, body.code),
  }));

  api.handle(expertClaimRoutes.linkAccount, async ({ actor, params, body }) => ({
    expert: await claims.linkAccount(actor, params.id, body.email),
  }));
}
