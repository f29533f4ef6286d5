import { z } from 'zod';
import { paragraphs } from './common';

/** What a completed collaboration produced. */
export const outcomeKinds = [
  'diagnosis_report',
  'solution_plan',
  'implemented_project',
  'training',
  'other',
] as const;
export const outcomeKindSchema = z.enum(outcomeKinds);
export type OutcomeKind = z.infer<typeof outcomeKindSchema>;

/** The largest outcome file: 20 MB. */
export const OUTCOME_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * The file types an outcome may attach, as their content shows them (the server reads the
 * magic bytes, never the name or the declared type): PDF, Office (OOXML, OpenDocument and the
 * 97–2003 formats) and images. `accept` lists what a file picker offers.
 */
export const outcomeFileTypes = [
  { ext: 'pdf', mime: 'application/pdf' },
  { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  {
    ext: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  { ext: 'doc', mime: 'application/msword' },
  { ext: 'xls', mime: 'application/vnd.ms-excel' },
  { ext: 'ppt', mime: 'application/vnd.ms-powerpoint' },
  { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text' },
  { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation' },
  { ext: 'png', mime: 'image/png' },
  { ext: 'jpg', mime: 'image/jpeg' },
  { ext: 'webp', mime: 'image/webp' },
  { ext: 'gif', mime: 'image/gif' },
] as const;

const outcomeFields = ['kind', 'summary', 'hoursSpent'] as const;

/**
 * The outcome recorded when completing. Optional as a whole, so that completing without a body
 * (api.md) still works; given at all, it is given whole. As multipart, the same fields and `file`.
 */
export const completeCollaborationSchema = z
  .strictObject({
    kind: outcomeKindSchema.optional(),
    summary: paragraphs(4000).min(1).optional(),
    hoursSpent: z.number().positive().max(100_000).optional(),
  })
  .superRefine((value, ctx) => {
    if (!outcomeFields.some((field) => value[field] !== undefined)) return;
    for (const field of outcomeFields) {
      if (value[field] === undefined)
        ctx.addIssue({ code: 'custom', path: [field], message: 'is required with an outcome' });
    }
  });
export type CompleteCollaborationInput = z.infer<typeof completeCollaborationSchema>;

export const outcomeDtoSchema = z.object({
  kind: outcomeKindSchema,
  summary: z.string(),
  hoursSpent: z.number(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  file: z.object({ name: z.string(), size: z.number().int(), contentType: z.string() }).optional(),
});
export type OutcomeDto = z.infer<typeof outcomeDtoSchema>;
