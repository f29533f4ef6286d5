import { invitationQuestionRoutes } from '@qs/shared';
import type { ApiRouter } from '../../lib/http/api-router';
import { authorizeInvitation, loadInvitation } from './invitations.service';
import { listQuestions, postQuestion } from './questions.service';

export function registerInvitationQuestionRoutes(api: ApiRouter): void {
  api.pipeline(invitationQuestionRoutes.list, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:read', invitation),
    present: async ({ actor }, invitation) => ({ items: await listQuestions(actor, invitation) }),
  });

  api.pipeline(invitationQuestionRoutes.post, {
    load: ({ params }) => loadInvitation(params.id),
    authorize: ({ actor }, invitation) =>
      authorizeInvitation(actor, 'invitations:read', invitation),
    command: ({ actor, body }, invitation) => postQuestion(actor, invitation, body),
    present: (_ctx, question) => ({ question }),
  });
}
