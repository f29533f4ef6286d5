import { z } from 'zod';
import { errorBodySchema, idSchema } from './common';
import { createInvitationSchema, invitationDtoSchema } from './invitations';

/** How many experts one batch invites at most: a request stays short, its answer small. */
export const MAX_BATCH_INVITATIONS = 20;

/** Several experts to one need with one message; each is invited as a single invitation is. */
export const batchInvitationSchema = z.strictObject({
  expertIds: z
    .array(idSchema)
    .min(1)
    .max(MAX_BATCH_INVITATIONS)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an item'),
  message: createInvitationSchema.shape.message,
  expiresInDays: createInvitationSchema.shape.expiresInDays,
});
export type BatchInvitationInput = z.infer<typeof batchInvitationSchema>;

export const batchInvitationStatuses = ['created', 'existing', 'failed'] as const;

/** One expert's outcome: the invitation (new or the one sent before), or why not. */
export const batchInvitationResultSchema = z.object({
  expertId: z.string(),
  status: z.enum(batchInvitationStatuses),
  invitation: invitationDtoSchema.optional(),
  /** What the single route would have answered, in the caller's language. */
  error: errorBodySchema.shape.error.optional(),
});
export type BatchInvitationResult = z.infer<typeof batchInvitationResultSchema>;

/** The results in the order of `expertIds`. */
export const batchInvitationResponseSchema = z.object({
  results: z.array(batchInvitationResultSchema),
});
