import { z } from 'zod';

/** The columns an expert import reads, in the order an export writes them (api.md: import columns). */
export const importFields = [
  'name',
  'title',
  'organization',
  'city',
  'pool',
  'skills',
  'sectors',
  'yearsOfExperience',
  'email',
  'phone',
  'bio',
  'availability',
] as const;
export type ImportField = (typeof importFields)[number];

export const isImportField = (field: string): field is ImportField =>
  (importFields as readonly string[]).includes(field);

/** The answer of an expert import: what happened to each row. */
export const importSummarySchema = z.object({
  /** Data rows read, blank ones not counted. */
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.array(
    z.object({
      row: z.number(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
  warnings: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
