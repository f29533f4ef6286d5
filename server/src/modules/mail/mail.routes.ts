import { mailRoutes } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentOutboxMail, presentOutboxSummary } from './mail.presenter';
import type { Mailer } from './mailer';

export function registerMailRoutes(api: ApiRouter, deps: { mail: Mailer }): void {
  api.handle(mailRoutes.outbox, async ({ actor, query }) => {
    authorize(actor, 'mail:read-outbox', undefined);
    const { mails, total } = await deps.mail.outbox.list(query);
    return {
      items: mails.map(presentOutboxSummary),
      total,
      page: query.page,
      limit: query.limit,
      delivery: deps.mail.delivery,
    };
  });

  api.handle(mailRoutes.outboxMail, async ({ actor, params }) => {
    authorize(actor, 'mail:read-outbox', undefined);
    const mail = await deps.mail.outbox.read(params.mailId);
    if (!mail) throw new NotFoundError({ message: 'No such mail in the outbox' });
    return { mail: presentOutboxMail(mail) };
  });
}
