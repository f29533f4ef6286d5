import { z } from 'zod';
import { paragraphs, text } from './common';

/** Whose record: an expert's profile or an organization. */
export const creditSubjectTypes = ['expert', 'organization'] as const;
export const creditSubjectTypeSchema = z.enum(creditSubjectTypes);
export type CreditSubjectType = z.infer<typeof creditSubjectTypeSchema>;

/** What the bureau records by hand. */
export const manualCreditKinds = [
  'no_show',
  'withdrew_after_accepting',
  'complaint_upheld',
  'outstanding_work',
] as const;
/** What the platform records by itself: an expert who cancels an accepted engagement, or lets invitations lapse again and again. */
export const automaticCreditKinds = ['cancelled_after_accepting', 'invitations_expired'] as const;
export const creditKinds = [...manualCreditKinds, ...automaticCreditKinds] as const;
export const creditKindSchema = z.enum(creditKinds);
export type CreditKind = z.infer<typeof creditKindSchema>;

export const createCreditEventSchema = z.strictObject({
  kind: z.enum(manualCreditKinds),
  note: text(1000),
});
export type CreateCreditEventInput = z.infer<typeof createCreditEventSchema>;

const dateSchema = z.iso.date().or(z.iso.datetime());

export const createSuspensionSchema = z.strictObject({
  /** the last day (a date, Beijing time) or the moment the suspension ends */
  until: dateSchema,
  reason: text(1000),
});
export type CreateSuspensionInput = z.infer<typeof createSuspensionSchema>;

export const liftSuspensionSchema = z.strictObject({ reason: text(1000) });
export type LiftSuspensionInput = z.infer<typeof liftSuspensionSchema>;

export const appealInputSchema = z.strictObject({ text: paragraphs(2000).min(1) });
export type AppealInput = z.infer<typeof appealInputSchema>;

export const appealOutcomes = ['upheld', 'rejected'] as const;
export const appealOutcomeSchema = z.enum(appealOutcomes);
export const appealAnswerSchema = z.strictObject({
  outcome: appealOutcomeSchema,
  note: text(1000),
});
export type AppealAnswerInput = z.infer<typeof appealAnswerSchema>;

export const creditEventDtoSchema = z.object({
  id: z.string(),
  kind: creditKindSchema,
  note: z.string(),
  source: z.enum(['bureau', 'automatic']),
  /** who recorded it; staff only */
  by: z.string().optional(),
  at: z.string(),
});
export type CreditEventDto = z.infer<typeof creditEventDtoSchema>;

export const appealDtoSchema = z.object({
  id: z.string(),
  text: z.string(),
  by: z.string(),
  at: z.string(),
  answer: z
    .object({
      outcome: z.enum(appealOutcomes),
      note: z.string(),
      by: z.string().optional(),
      at: z.string(),
    })
    .optional(),
});
export type AppealDto = z.infer<typeof appealDtoSchema>;

export const suspensionDtoSchema = z.object({
  id: z.string(),
  subjectType: creditSubjectTypeSchema,
  subjectId: z.string(),
  subjectName: z.string().optional(),
  reason: z.string(),
  from: z.string(),
  until: z.string(),
  /** in force now: begun, not ended and not lifted */
  active: z.boolean(),
  lifted: z.object({ reason: z.string(), by: z.string().optional(), at: z.string() }).optional(),
  by: z.string().optional(),
  appeals: z.array(appealDtoSchema),
});
export type SuspensionDto = z.infer<typeof suspensionDtoSchema>;

export const creditRecordSchema = z.object({
  subjectType: creditSubjectTypeSchema,
  subjectId: z.string(),
  subjectName: z.string(),
  /** the enterprise's ratings of an expert, as they stand (organizations are not rated) */
  rating: z.object({ average: z.number(), count: z.number() }).optional(),
  events: z.array(creditEventDtoSchema),
  suspensions: z.array(suspensionDtoSchema),
  /** the suspension in force, when there is one */
  suspension: suspensionDtoSchema.optional(),
});
export type CreditRecordDto = z.infer<typeof creditRecordSchema>;
