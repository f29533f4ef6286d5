import { mailRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentOutboxMail, presentOutboxSummary } from './mail.presenter';
import type { Mailer } from './mailer';

export function registerMailRoutes(api: ApiRouter, deps: { mail: Mailer }): void {
  api.pipeline(mailRoutes.outbox, {
    authorize: ({ actor }) => authorize(actor, 'mail:read-outbox', undefined),
    command: ({ query }) => deps.mail.outbox.list(query),
    present: ({ query }, { mails, total }) => ({
      items: mails.map(presentOutboxSummary),
      total,
      page: query.page,
      limit: query.limit,
      delivery: deps.mail.delivery,
    }),
  });

  // Authorized before the mail is read: the outbox's contents are not for others to probe.
  api.pipeline(mailRoutes.outboxMail, {
    authorize: ({ actor }) => authorize(actor, 'mail:read-outbox', undefined),
    command: async ({ params }) => {
      const mail = await deps.mail.outbox.read(params.mailId);
      if (!mail) throw new NotFoundError({ key: 'no_such_mail' });
      return mail;
    },
    present: (_ctx, mail) => ({ mail: presentOutboxMail(mail) }),
  });
}
