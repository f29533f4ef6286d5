import { z } from 'zod';

export const roles = ['enterprise', 'expert', 'bureau', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const idSchema = z.string().regex(/^[a-fA-F0-9]{24}$/, 'must be a valid id');

export const paginationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    limit: z.number().int(),
  });
}

/** A message's parameters, for a client that says it in its own words (by `code`). */
export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const errorDetailSchema = z.object({
  path: z.string(),
  /** In the caller's language (Accept-Language: Chinese unless English comes first). */
  message: z.string(),
  code: z.string().optional(),
  params: messageParamsSchema.optional(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    params: messageParamsSchema.optional(),
    details: z.array(errorDetailSchema).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

// Control characters spelled out rather than as \p{Cc}, so that the OpenAPI patterns work in
// every language's regular expressions, not only JavaScript's.
/* eslint-disable no-control-regex -- control characters are exactly what these reject */
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const LINES = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;
/* eslint-enable no-control-regex */

/** A trimmed single-line text, possibly empty: no line breaks or other control characters. */
export function line(max: number) {
  return z.string().trim().max(max).regex(ONE_LINE, 'must be one line without control characters');
}

/** A trimmed, non-empty single-line text. */
export function text(max: number) {
  return line(max).min(1);
}

/** A trimmed text of several lines, possibly empty: tabs and line breaks, no other control characters. */
export function paragraphs(max: number) {
  return z.string().trim().max(max).regex(LINES, 'must not contain control characters');
}

/** The two sides of an invitation, a collaboration or a conversation, and the need joining them. */
export const partiesDtoFields = {
  needId: z.string(),
  needTitle: z.string().optional(),
  organizationId: z.string(),
  organizationName: z.string().optional(),
  expertId: z.string(),
  expertName: z.string().optional(),
};
