import { invitationRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  acceptInvitation,
  createInvitation,
  declineInvitation,
  getInvitation,
  listInvitations,
  withdrawInvitation,
} from './invitations.service';

export function registerInvitationRoutes(api: ApiRouter): void {
  api.handle(invitationRoutes.create, async ({ actor, params, body, status }) => {
    const { invitation, created } = await createInvitation(actor, params.id, body);
    if (!created) status(200);
    return { invitation };
  });

  api.handle(invitationRoutes.list, ({ actor, query }) => listInvitations(actor, query));

  api.handle(invitationRoutes.get, async ({ actor, params }) => ({
    invitation: await getInvitation(actor, params.id),
  }));

  api.handle(invitationRoutes.accept, ({ actor, params }) => acceptInvitation(actor, params.id));

  api.handle(invitationRoutes.decline, async ({ actor, params, body }) => ({
    invitation: await declineInvitation(actor, params.id, body.reason),
  }));

  api.handle(invitationRoutes.withdraw, async ({ actor, params, body }) => ({
    invitation: await withdrawInvitation(actor, params.id, body.reason),
  }));
}
