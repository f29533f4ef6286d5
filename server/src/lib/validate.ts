import type { z } from 'zod';
import { ValidationError } from './errors';
import { describeIssue, zodErrorMap, type Lang } from './i18n';

/** Parses outside input; the parsed value (with defaults) is what handlers use. */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where = '',
  lang: Lang = 'zh',
): z.output<S> {
  const result = schema.safeParse(value, { error: zodErrorMap(lang) });
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const base = [where, ...issue.path.map(String)].filter(Boolean).join('.');
    const path = keys.length === 1 ? [base, keys[0]].filter(Boolean).join('.') : base;
    return { path, ...describeIssue(issue, lang) };
  });
  const fields = [...new Set(details.map((d) => d.path || where || 'body'))].join(', ');
  throw new ValidationError({
    key: 'invalid_request',
    params: { fields },
    details,
  });
}
