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

/** A row an import creates or updates (the fields it changes). */
export const importChangeSchema = z.object({
  row: z.number(),
  action: z.enum(['create', 'update']),
  name: z.string(),
  fields: z.array(z.string()).optional(),
});
export type ImportChange = z.infer<typeof importChangeSchema>;

/** Why a field of a row was refused: a code with its parameters, said in the caller's language. */
export const importFieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The answer of an expert import: what happened to each row. */
export const importSummarySchema = z.object({
  /** Data rows read, blank ones not counted. */
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.array(z.object({ row: z.number(), errors: z.array(importFieldErrorSchema) })),
  warnings: z.array(z.string()),
  /** Nothing was written: the counts say what the same file would do. */
  dryRun: z.boolean(),
  /** Whether the created experts start verified. */
  verified: z.boolean(),
  /** On a dry run: each row that would be created or updated. */
  changes: z.array(importChangeSchema).optional(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

const booleanFlag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const importQuerySchema = z.strictObject({
  /** `true`: answer what the file would do, write nothing. */
  dryRun: booleanFlag.optional(),
  /** `false`: created experts wait for review; absent or `true`: they start verified (api.md). Audited. */
  verified: booleanFlag.optional(),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;
