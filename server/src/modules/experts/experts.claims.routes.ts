import { z } from 'zod';
import {
  claimExpertSchema,
  confirmExpertClaimSchema,
  expertDtoSchema,
  idSchema,
  linkExpertAccountSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { languageOf } from '../../lib/language';
import { createExpertClaims, type ClaimDeps } from './experts.claims';

const tags = ['Experts'];
const expertResponse = z.object({ expert: expertDtoSchema });

export function registerExpertClaimRoutes(api: ApiRouter, deps: ClaimDeps): void {
  const claims = createExpertClaims(deps);

  api.route(
    {
      method: 'post',
      path: '/experts/claim',
      summary:
        'Claim an imported profile by its contact email: always 202; when an unclaimed profile has it, a one-time code is mailed there (expert whose profile was never submitted)',
      tags,
      access: 'signed-in',
      body: claimExpertSchema,
      example: { email: 'zhang.wei@example.cn' },
      status: 202,
      errors: [403, 429],
    },
    async ({ req, actor, body }) => {
      await claims.request(actor, body.email, languageOf(req.get('accept-language')));
    },
  );

  api.route(
    {
      method: 'post',
      path: '/experts/claim/confirm',
      summary:
        'Confirm a claim with the mailed code (6 digits, 15 minutes, 5 tries): the profile becomes the account’s',
      tags,
      access: 'signed-in',
      body: confirmExpertClaimSchema,
      example: { code: '123456' },
      response: expertResponse,
      errors: [403, 409],
    },
    async ({ actor, body }) => ({ expert: await claims.confirm(actor, body.code) }),
  );

  api.route(
    {
      method: 'post',
      path: '/experts/:id/account',
      summary:
        'Link the expert account with this login email to an unclaimed profile (bureau, admin)',
      tags,
      access: 'signed-in',
      params: z.strictObject({ id: idSchema }),
      body: linkExpertAccountSchema,
      example: { email: 'zhang.wei@example.cn' },
      response: expertResponse,
      errors: [403, 404, 409],
    },
    async ({ actor, params, body }) => ({
      expert: await claims.linkAccount(actor, params.id, body.email),
    }),
  );
}
