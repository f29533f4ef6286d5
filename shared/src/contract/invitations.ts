import {
  acceptInvitationResponseSchema,
  createInvitationSchema,
  declineInvitationSchema,
  invitationListSchema,
  invitationResponseSchema,
  listInvitationsQuerySchema,
  withdrawInvitationSchema,
} from '../schemas/invitations';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Invitations'];

const moveErrors = [403, 404, 409];

export const invitationRoutes = {
  create: defineRoute({
    method: 'post',
    path: '/needs/:id/invitations',
    summary:
      'Invite a verified, available, visible expert to an open need (owner enterprise); the same pair again answers 200 with the existing invitation; 100 requests per user in 10 minutes, then 429',
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
    errors: [403, 404, 409, 429],
  }),
  list: defineRoute({
    method: 'get',
    path: '/invitations',
    summary: 'Enterprises: invitations sent by their organization; experts: received; bureau: all',
    tags,
    access: 'signed-in',
    query: listInvitationsQuerySchema,
    response: invitationListSchema,
  }),
  get: defineRoute({
    method: 'get',
    path: '/invitations/:id',
    summary: 'One invitation (its two sides, bureau)',
    tags,
    access: 'signed-in',
    params: idParams,
    response: invitationResponseSchema,
    errors: [404],
  }),
  accept: defineRoute({
    method: 'post',
    path: '/invitations/:id/accept',
    summary:
      'Accept (invited expert): opens the conversation and the collaboration; repeating it completes an interrupted accept',
    tags,
    access: 'signed-in',
    params: idParams,
    response: acceptInvitationResponseSchema,
    errors: moveErrors,
  }),
  decline: defineRoute({
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
  }),
  withdraw: defineRoute({
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
  }),
};
