import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { isApiError } from './api-client';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

/** A zod issue in the user's language; the shared schemas' own messages are English. */
function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return t('validation.minLength', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/**
 * An antd rule from the schema that also shapes the request (usually a shared one),
 * so the form checks exactly what the server will.
 */
export function zodRule(schema: z.ZodType, t: TFunction): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isEmpty(value)) throw new Error(t('validation.required'));
      const result = schema.safeParse(value);
      const issue = result.error?.issues[0];
      if (issue) throw new Error(issueMessage(issue, t));
    },
  };
}

/** Like `zodRule`, for a field that may stay empty: only a filled-in value is checked. */
export function optionalZodRule(schema: z.ZodType, t: TFunction): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isEmpty(value)) return;
      const issue = schema.safeParse(value).error?.issues[0];
      if (issue) throw new Error(issueMessage(issue, t));
    },
  };
}

/**
 * The most a field's schema allows (characters, list items or the number itself), read from the
 * shared schema so that counters and pickers stop where the server does.
 */
export function maxOf(schema: z.ZodType): number {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const max = json.maxLength ?? json.maxItems ?? json.maximum;
  if (max === undefined) throw new Error('the schema sets no maximum');
  return max;
}

/** The form field a server path belongs to: itself, or the list it is an item of (`skills.2`). */
function owningField(path: string, fields: readonly string[]): string | undefined {
  return [...fields]
    .sort((a, b) => b.length - a.length)
    .find((field) => path === field || path.startsWith(`${field}.`));
}

/**
 * Shows the server's field errors (`details[].path`) beside the matching form fields.
 * Returns false when none of them belongs to the form, so the caller shows a toast instead.
 */
export function applyFieldErrors(form: FormInstance, error: unknown, fields: readonly string[]) {
  if (!isApiError(error)) return false;
  const errors = new Map<string, string[]>();
  for (const detail of error.details) {
    const field = owningField(detail.path, fields);
    if (field) errors.set(field, [...(errors.get(field) ?? []), detail.message]);
  }
  form.setFields(
    [...errors].map(([field, messages]) => ({ name: field.split('.'), errors: messages })),
  );
  return errors.size > 0;
}
