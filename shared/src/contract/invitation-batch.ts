import { batchInvitationResponseSchema, batchInvitationSchema } from '../schemas/invitation-batch';
import { idParams } from './common';
import { defineRoute } from './define';

export const invitationBatchRoutes = {
  create: defineRoute({
    method: 'post',
    path: '/needs/:id/invitations/batch',
    summary:
      'Invite up to 20 experts to an open need with one message (owner enterprise): the need is read and authorized once, each expert is invited as by POST /needs/:id/invitations (the same pair again answers `existing`; each expert counts against the same 100-in-10-minutes budget) and answers its own result, in the order asked',
    tags: ['Invitations'],
    access: 'signed-in',
    params: idParams,
    body: batchInvitationSchema,
    example: {
      expertIds: ['6650f1c2a7b3e4d5c6f70811', '6650f1c2a7b3e4d5c6f70812'],
      message: '诚邀您参与我司的数字化转型诊断',
      expiresInDays: 7,
    },
    response: batchInvitationResponseSchema,
    errors: [403, 404],
  }),
};
