import { z } from 'zod';
import { idSchema, pageSchema, paragraphs, partiesDtoFields, text } from './common';
import { outcomeDtoSchema } from './outcomes';

export const collaborationStatuses = ['active', 'agreed', 'completed', 'cancelled'] as const;
export const collaborationStatusSchema = z.enum(collaborationStatuses);
export type CollaborationStatus = z.infer<typeof collaborationStatusSchema>;

/** The moves either side may make, each from the states it is allowed in. */
export const collaborationMoves = {
  agreement: { from: ['active'], to: 'agreed' },
  complete: { from: ['agreed'], to: 'completed' },
  cancel: { from: ['active', 'agreed'], to: 'cancelled' },
} as const satisfies Record<
  string,
  { from: readonly CollaborationStatus[]; to: CollaborationStatus }
>;
export type CollaborationMove = keyof typeof collaborationMoves;

/** The two sides of a collaboration: the enterprise's organization and the expert. */
export const collaborationSides = ['enterprise', 'expert'] as const;
export type CollaborationSide = (typeof collaborationSides)[number];

export const agreementInputSchema = z.strictObject({
  signedAt: z.iso.datetime().optional(),
  documentRef: text(500).optional(),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const cancelCollaborationSchema = z.strictObject({
  reason: paragraphs(1000).min(1).optional(),
});
export type CancelCollaborationInput = z.infer<typeof cancelCollaborationSchema>;

export const ratingInputSchema = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: paragraphs(2000).optional(),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

export const listCollaborationsQuerySchema = z.strictObject({
  status: collaborationStatusSchema.optional(),
  needId: idSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListCollaborationsQuery = z.infer<typeof listCollaborationsQuerySchema>;

const ratingDtoSchema = z.object({
  score: z.number(),
  comment: z.string().optional(),
  by: z.string(),
  at: z.string(),
});

export const collaborationDtoSchema = z.object({
  id: z.string(),
  invitationId: z.string(),
  ...partiesDtoFields,
  status: collaborationStatusSchema,
  agreement: z.object({ signedAt: z.string(), documentRef: z.string().optional() }).optional(),
  history: z.array(
    z.object({
      status: collaborationStatusSchema,
      by: z.string(),
      side: z.enum(collaborationSides),
      at: z.string(),
      note: z.string().optional(),
    }),
  ),
  ratings: z.object({
    byEnterprise: ratingDtoSchema.optional(),
    byExpert: ratingDtoSchema.optional(),
  }),
  /** What the collaboration produced, recorded when completing. */
  outcome: outcomeDtoSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CollaborationDto = z.infer<typeof collaborationDtoSchema>;

export const collaborationResponseSchema = z.object({ collaboration: collaborationDtoSchema });
export const collaborationListSchema = pageSchema(collaborationDtoSchema);
