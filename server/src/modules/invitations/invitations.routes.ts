import { invitationBatchRoutes, invitationRoutes } from '@qs/shared';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { errorBody } from '../../lib/http/error-handler';
import { spend } from '../../lib/rate-limit';
import { authorizeNeed, findNeedOrFail } from '../needs';
import { inviteEach } from './invitation-batch';
import {
  acceptInvitation,
  authorizeInvitation,
  createInvitation,
  declineInvitation,
  listInvitations,
  loadInvitation,
  presentMany,
  presentOne,
  withdrawInvitation,
} from './invitations.service';

export function registerInvitationRoutes(
  api: ApiRouter,
  deps: { limiter: RateLimiterAbstract },
): void {
  api.pipeline(invitationRoutes.create, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:invite', need),
    command: async ({ actor, body }, need) => {
      const wait = await spend(deps.limiter, actor.id);
      if (wait > 0) throw new RateLimitedError(wait);
      return createInvitation(actor, need, body);
    },
    present: async ({ status }, { invitation, created }) => {
      if (!created) status(200);
      return { invitation: await presentOne(invitation) };
    },
  });

  api.pipeline(invitationBatchRoutes.create, {
    load: ({ params }) => findNeedOrFail(params.id),
    authorize: ({ actor }, need) => authorizeNeed(actor, 'needs:invite', need),
    command: ({ actor, body }, need) => inviteEach(actor, need, body, deps.limiter),
    present: async ({ lang }, outcomes) => {
      const invited = outcomes.flatMap((outcome) =>
        outcome.status === 'failed' ? [] : [outcome.invitation],
      );
      const dtos = new Map((await presentMany(invited)).map((dto) => [dto.expertId, dto]));
      return {
        results: outcomes.map((outcome) =>
          outcome.status === 'failed'
            ? { ...outcome, error: errorBody(outcome.error, lang).error }
            : { ...outcome, invitation: dtos.get(outcome.expertId) },
        ),
      };
    },
  });

  // A list is a query: what each actor may see is their scope, not an authorization.
  api.handle(invitationRoutes.list, ({ actor, query }) => listInvitations(actor, query));

  api.pipeline(invitationRoutes.get, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:read', invitation),
    present: async (_ctx, invitation) => ({ invitation: await presentOne(invitation) }),
  });

  api.pipeline(invitationRoutes.accept, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:respond', invitation),
    command: ({ actor }, invitation) => acceptInvitation(actor, invitation),
    present: async (_ctx, { invitation, ...opened }) => ({
      invitation: await presentOne(invitation),
      ...opened,
    }),
  });

  api.pipeline(invitationRoutes.decline, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:respond', invitation),
    command: ({ actor, body }, invitation) => declineInvitation(actor, invitation, body.reason),
    present: async (_ctx, invitation) => ({ invitation: await presentOne(invitation) }),
  });

  api.pipeline(invitationRoutes.withdraw, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:withdraw', invitation),
    command: ({ actor, body }, invitation) => withdrawInvitation(actor, invitation, body.reason),
    present: async (_ctx, invitation) => ({ invitation: await presentOne(invitation) }),
  });
}
