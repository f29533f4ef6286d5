import { z } from 'zod';
import { idSchema } from './common';

/** Why an expert may not be matched, drawn or invited for a need. */
export const conflictKinds = [
  'own_organization',
  'avoided_organization',
  'former_organization',
  'avoided_expert',
  'suspended',
] as const;
export const conflictKindSchema = z.enum(conflictKinds);
export type ConflictKind = z.infer<typeof conflictKindSchema>;

export const conflictQuerySchema = z.strictObject({ expertId: idSchema });
export type ConflictQuery = z.infer<typeof conflictQuerySchema>;

export const conflictReasonSchema = z.object({
  kind: conflictKindSchema,
  /** the organization the rule names */
  organization: z.string().optional(),
  /** the year the expert left it (former organizations) */
  leftYear: z.number().optional(),
  /** the end of a suspension */
  until: z.string().optional(),
  /** the reason in the caller's language */
  message: z.string(),
});
export type ConflictReason = z.infer<typeof conflictReasonSchema>;

export const conflictResponseSchema = z.object({
  needId: z.string(),
  expertId: z.string(),
  conflicts: z.boolean(),
  reasons: z.array(conflictReasonSchema),
});
export type ConflictResponse = z.infer<typeof conflictResponseSchema>;
