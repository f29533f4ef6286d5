import { z } from 'zod';
import type { Lang } from '../language';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export { languageOf, type Lang } from '../language';
export type { MessageKey };

/** Parameters of a message: what a client needs to say it in its own words. */
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zh, key);

/** A server text in the caller's language. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

const zodLocales: Record<Lang, z.core.$ZodErrorMap> = {
  zh: z.locales.zhCN().localeError,
  en: z.locales.en().localeError,
};

/** zod's messages ("Invalid email address", "Too small…") in the caller's language. */
export const zodErrorMap = (lang: Lang): z.core.$ZodErrorMap => zodLocales[lang];

const schemaMessageKeys: MessageKey[] = [
  'enterprise_needs_organization',
  'invalid_id',
  'one_line',
  'no_control_characters',
  'invalid_phone',
  'invalid_outbox_id',
  'letters_or_digits',
  'not_before_from',
  'not_below_min',
  'no_repeats',
];
/** The shared schemas' own messages are English sentences of this catalogue: by their text. */
const keyOfSchemaMessage = new Map(schemaMessageKeys.map((key) => [en[key], key]));

/** A zod issue as a detail: its code (a catalogue key for a schema's own message) and message. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  lang: Lang,
): { code: string; message: string; params?: MessageParams } {
  const key = keyOfSchemaMessage.get(issue.message);
  if (key) return { code: key, message: translate(lang, key) };
  const params = issueParams(issue);
  return {
    code: issue.code,
    message: issue.message,
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

const issueParamKeys = ['expected', 'format', 'origin', 'minimum', 'maximum', 'divisor'] as const;

/** The parameters of a zod issue a client may render it with, as plain strings and numbers. */
export function issueParams(issue: z.core.$ZodIssue): MessageParams {
  const params: MessageParams = {};
  const record = issue as unknown as Record<string, unknown>;
  for (const key of issueParamKeys) {
    const value = record[key];
    if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    else if (typeof value === 'bigint') params[key] = Number(value);
  }
  if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ');
  if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
  return params;
}
