import { z } from 'zod';
import {
  acceptInvitationResponseSchema,
  createInvitationSchema,
  declineInvitationSchema,
  idSchema,
  invitationListSchema,
  invitationResponseSchema,
  listInvitationsQuerySchema,
  withdrawInvitationSchema,
} from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  acceptInvitation,
  createInvitation,
  declineInvitation,
  getInvitation,
  listInvitations,
  withdrawInvitation,
} from './invitations.service';

const tags = ['Invitations'];
const idParams = z.strictObject({ id: idSchema });
const moveErrors = [403, 404, 409];

export function registerInvitationRoutes(api: ApiRouter): void {
  api.route(
    {
      method: 'post',
      path: '/needs/:id/invitations',
      summary:
        'Invite a verified, available, visible expert to an open need (owner enterprise); the same pair again answers 200 with the existing invitation',
      tags,
      access: 'signed-in',
      params: idParams,
      body: createInvitationSchema,
      example: {
        expertId: '6650f1c2a7b3e4d5c6f70811',
        message: '诚邀您参与我司的数字化转型诊断',
        expiresInDays: 7,
      },
      status: 201,
      response: invitationResponseSchema,
      errors: [403, 404, 409],
    },
    async ({ actor, params, body, status }) => {
      const { invitation, created } = await createInvitation(actor, params.id, body);
      if (!created) status(200);
      return { invitation };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/invitations',
      summary:
        'Enterprises: invitations sent by their organization; experts: received; bureau: all',
      tags,
      access: 'signed-in',
      query: listInvitationsQuerySchema,
      response: invitationListSchema,
    },
    ({ actor, query }) => listInvitations(actor, query),
  );

  api.route(
    {
      method: 'get',
      path: '/invitations/:id',
      summary: 'One invitation (its two sides, bureau)',
      tags,
      access: 'signed-in',
      params: idParams,
      response: invitationResponseSchema,
      errors: [404],
    },
    async ({ actor, params }) => ({ invitation: await getInvitation(actor, params.id) }),
  );

  api.route(
    {
      method: 'post',
      path: '/invitations/:id/accept',
      summary:
        'Accept (invited expert): opens the conversation and the collaboration; repeating it completes an interrupted accept',
      tags,
      access: 'signed-in',
      params: idParams,
      response: acceptInvitationResponseSchema,
      errors: moveErrors,
    },
    ({ actor, params }) => acceptInvitation(actor, params.id),
  );

  api.route(
    {
      method: 'post',
      path: '/invitations/:id/decline',
      summary: 'Decline (invited expert)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: declineInvitationSchema,
      example: { reason: '时间冲突' },
      response: invitationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params, body }) => ({
      invitation: await declineInvitation(actor, params.id, body.reason),
    }),
  );

  api.route(
    {
      method: 'post',
      path: '/invitations/:id/withdraw',
      summary: 'Withdraw a pending invitation (owner enterprise)',
      tags,
      access: 'signed-in',
      params: idParams,
      body: withdrawInvitationSchema,
      example: { reason: '需求已调整' },
      response: invitationResponseSchema,
      errors: moveErrors,
    },
    async ({ actor, params, body }) => ({
      invitation: await withdrawInvitation(actor, params.id, body.reason),
    }),
  );
}
