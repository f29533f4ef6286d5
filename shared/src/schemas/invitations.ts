import { z } from 'zod';
import { needClosingDtoSchema } from './closing';
import { idSchema, pageSchema, paragraphs, partiesDtoFields } from './common';
import { needStatusSchema } from './needs';

/** `pending -> accepted | declined | expired | withdrawn`; every state but `pending` is final. */
export const invitationStatuses = [
  'pending',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const;
export const invitationStatusSchema = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const DEFAULT_INVITATION_DAYS = 7;

export const createInvitationSchema = z.strictObject({
  expertId: idSchema,
  message: paragraphs(2000).min(1),
  expiresInDays: z.number().int().min(1).max(30).default(DEFAULT_INVITATION_DAYS),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

const reason = paragraphs(1000).min(1);

export const declineInvitationSchema = z.strictObject({ reason: reason.optional() });
export type DeclineInvitationInput = z.infer<typeof declineInvitationSchema>;

export const withdrawInvitationSchema = z.strictObject({ reason: reason.optional() });
export type WithdrawInvitationInput = z.infer<typeof withdrawInvitationSchema>;

export const listInvitationsQuerySchema = z.strictObject({
  status: invitationStatusSchema.optional(),
  needId: idSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListInvitationsQuery = z.infer<typeof listInvitationsQuerySchema>;

export const invitationEventSchema = z.object({
  status: invitationStatusSchema,
  /** The user who made the move; absent when the platform did (expiry). */
  by: z.string().optional(),
  at: z.string(),
  reason: z.string().optional(),
});

export const invitationDtoSchema = z.object({
  id: z.string(),
  ...partiesDtoFields,
  invitedBy: z.string(),
  message: z.string(),
  status: invitationStatusSchema,
  expiresAt: z.string(),
  respondedAt: z.string().optional(),
  /** Hours from the invitation to the expert's answer. */
  responseHours: z.number().optional(),
  history: z.array(invitationEventSchema),
  /** Where the need stands now: what the expert sees of a need once it has closed. */
  needState: z
    .object({ status: needStatusSchema, closing: needClosingDtoSchema.optional() })
    .optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** How many experts are invited to the same need and how many accepted: counts, no names. */
  parallel: z.object({ invited: z.number().int(), accepted: z.number().int() }).optional(),
});
export type InvitationDto = z.infer<typeof invitationDtoSchema>;

export const invitationResponseSchema = z.object({ invitation: invitationDtoSchema });
export const invitationListSchema = pageSchema(invitationDtoSchema);
export const acceptInvitationResponseSchema = z.object({
  invitation: invitationDtoSchema,
  conversationId: z.string(),
  collaborationId: z.string(),
});
export type AcceptInvitationResult = z.infer<typeof acceptInvitationResponseSchema>;
