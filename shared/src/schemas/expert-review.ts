import { z } from 'zod';
import { idSchema } from './common';
import { expertDtoSchema, verificationDecisionSchema } from './experts';

/** The profile fields a verification vouches for; a change to any of them shows in the review. */
export const reviewedFields = [
  'name',
  'title',
  'organization',
  'city',
  'pool',
  'skills',
  'sectors',
  'bio',
  'yearsOfExperience',
  'availability',
  'collaborationModes',
  'email',
  'phone',
] as const;
export type ReviewedField = (typeof reviewedFields)[number];

const fieldValue = z.union([z.string(), z.number(), z.array(z.string())]);

/** One field that differs from the last verified version (`before` absent: it was empty then). */
export const reviewChangeSchema = z.object({
  field: z.enum(reviewedFields),
  before: fieldValue.optional(),
  after: fieldValue.optional(),
});
export type ReviewChange = z.infer<typeof reviewChangeSchema>;

/** A decision or submission, with the name of who made it. */
export const reviewEventSchema = z.object({
  decision: z.enum(['submitted', 'verified', 'rejected', 'imported']),
  at: z.string(),
  note: z.string(),
  by: z.object({ id: z.string(), name: z.string() }).optional(),
});

export const expertReviewSchema = z.object({
  expert: expertDtoSchema,
  /** When the version `changes` compares with was verified; absent: never verified before. */
  lastVerifiedAt: z.string().optional(),
  changes: z.array(reviewChangeSchema),
  history: z.array(reviewEventSchema),
});
export type ExpertReview = z.infer<typeof expertReviewSchema>;

export const MAX_BATCH_DECISIONS = 100;

export const batchVerificationSchema = verificationDecisionSchema.extend({
  expertIds: z.array(idSchema).min(1).max(MAX_BATCH_DECISIONS),
});
export type BatchVerificationInput = z.infer<typeof batchVerificationSchema>;

/** Each expert's outcome: its new status, or the error a single decision would have answered. */
export const batchVerificationResultSchema = z.object({
  results: z.array(
    z.union([
      z.object({ expertId: z.string(), ok: z.literal(true), status: z.string() }),
      z.object({
        expertId: z.string(),
        ok: z.literal(false),
        error: z.object({ code: z.string(), message: z.string() }),
      }),
    ]),
  ),
});
export type BatchVerificationResult = z.infer<typeof batchVerificationResultSchema>;
