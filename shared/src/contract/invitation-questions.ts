import {
  invitationQuestionListSchema,
  invitationQuestionResponseSchema,
  postInvitationQuestionSchema,
} from '../schemas/invitation-questions';
import { idParams } from './common';
import { defineRoute } from './define';

const tags = ['Invitations'];

export const invitationQuestionRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/invitations/:id/questions',
    summary:
      "The questions and answers on an invitation (its two sides, bureau); the other side's phone numbers and emails are masked until it is accepted",
    tags,
    access: 'signed-in',
    params: idParams,
    response: invitationQuestionListSchema,
    errors: [404],
  }),
  post: defineRoute({
    method: 'post',
    path: '/invitations/:id/questions',
    summary:
      'Ask (invited expert) or answer a question (inviting enterprise, `replyTo` naming it) while the invitation is pending; both sides are notified',
    tags,
    access: 'signed-in',
    params: idParams,
    body: postInvitationQuestionSchema,
    example: { text: '项目现场在青岛还是深圳？预计需要几次现场诊断？' },
    status: 201,
    response: invitationQuestionResponseSchema,
    errors: [403, 404, 409],
  }),
};
