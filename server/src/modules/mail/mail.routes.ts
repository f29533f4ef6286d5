import { z } from 'zod';
import {
  outboxIdSchema,
  outboxListSchema,
  outboxMailSchema,
  paginationQuerySchema,
} from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { NotFoundError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { presentOutboxMail, presentOutboxSummary } from './mail.presenter';
import type { Mailer } from './mailer';

const tags = ['Administration'];

export function registerMailRoutes(api: ApiRouter, deps: { mail: Mailer }): void {
  api.route(
    {
      method: 'get',
      path: '/admin/outbox',
      summary: 'Mails written to the outbox (embedded delivery), newest first (admin)',
      tags,
      access: 'signed-in',
      query: paginationQuerySchema,
      response: outboxListSchema,
      errors: [403],
    },
    async ({ actor, query }) => {
      authorize(actor, 'mail:read-outbox', undefined);
      const { mails, total } = await deps.mail.outbox.list(query);
      return {
        items: mails.map(presentOutboxSummary),
        total,
        page: query.page,
        limit: query.limit,
        delivery: deps.mail.delivery,
      };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/admin/outbox/:mailId',
      summary: 'One mail of the outbox with its headers and text (admin)',
      tags,
      access: 'signed-in',
      params: z.strictObject({ mailId: outboxIdSchema }),
      response: z.object({ mail: outboxMailSchema }),
      errors: [403, 404],
    },
    async ({ actor, params }) => {
      authorize(actor, 'mail:read-outbox', undefined);
      const mail = await deps.mail.outbox.read(params.mailId);
      if (!mail) throw new NotFoundError({ message: 'No such mail in the outbox' });
      return { mail: presentOutboxMail(mail) };
    },
  );
}
