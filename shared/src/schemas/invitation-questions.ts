import { z } from 'zod';
import { collaborationSides } from './collaborations';
import { idSchema, paragraphs } from './common';

/** The expert asks, the enterprise answers; both only while the invitation is pending. */
export const invitationQuestionKinds = ['question', 'answer'] as const;
export type InvitationQuestionKind = (typeof invitationQuestionKinds)[number];

export const postInvitationQuestionSchema = z.strictObject({
  text: paragraphs(1000).min(1),
  /** The question an answer answers: required of the enterprise, refused from the expert. */
  replyTo: idSchema.optional(),
});
export type PostInvitationQuestionInput = z.infer<typeof postInvitationQuestionSchema>;

export const invitationQuestionDtoSchema = z.object({
  id: z.string(),
  invitationId: z.string(),
  kind: z.enum(invitationQuestionKinds),
  side: z.enum(collaborationSides),
  /** Phone numbers and emails are masked for the other side until the invitation is accepted. */
  text: z.string(),
  masked: z.boolean(),
  replyTo: z.string().optional(),
  createdAt: z.string(),
});
export type InvitationQuestionDto = z.infer<typeof invitationQuestionDtoSchema>;

export const invitationQuestionListSchema = z.object({
  items: z.array(invitationQuestionDtoSchema),
});
export const invitationQuestionResponseSchema = z.object({
  question: invitationQuestionDtoSchema,
});
