import { z } from 'zod';
import { paginationQuerySchema } from '../schemas/common';
import { outboxIdSchema, outboxListSchema, outboxMailSchema } from '../schemas/mail';
import { defineRoute } from './define';

const tags = ['Administration'];

export const mailRoutes = {
  outbox: defineRoute({
    method: 'get',
    path: '/admin/outbox',
    summary: 'Mails written to the outbox (embedded delivery), newest first (admin)',
    tags,
    access: 'signed-in',
    query: paginationQuerySchema,
    response: outboxListSchema,
    errors: [403],
  }),
  outboxMail: defineRoute({
    method: 'get',
    path: '/admin/outbox/:mailId',
    summary: 'One mail of the outbox with its headers and text (admin)',
    tags,
    access: 'signed-in',
    params: z.strictObject({ mailId: outboxIdSchema }),
    response: z.object({ mail: outboxMailSchema }),
    errors: [403, 404],
  }),
};
