import { z } from 'zod';
import { pageSchema } from './common';

/** How the platform sends mail: an SMTP server, or `.eml` files in its outbox (embedded). */
export const mailDeliveries = ['smtp', 'outbox'] as const;
export const mailDeliverySchema = z.enum(mailDeliveries);
export type MailDelivery = z.infer<typeof mailDeliverySchema>;

/** Outbox files are named by the time they were written and a random part. */
export const outboxIdSchema = z.string().regex(/^\d{13}-[a-f0-9]{12}$/, 'must be an outbox id');

export const outboxMailSummarySchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  /** which of the platform's templates wrote it, e.g. `expert-claim-code` */
  template: z.string().optional(),
  date: z.string(),
});
export type OutboxMailSummaryDto = z.infer<typeof outboxMailSummarySchema>;

export const outboxMailSchema = outboxMailSummarySchema.extend({
  from: z.string(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  text: z.string(),
});
export type OutboxMailDto = z.infer<typeof outboxMailSchema>;

export const outboxListSchema = pageSchema(outboxMailSummarySchema).extend({
  delivery: mailDeliverySchema,
});
export type OutboxListDto = z.infer<typeof outboxListSchema>;
