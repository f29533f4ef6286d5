import type { z } from 'zod';
import {
  contactSchema,
  expertProfileInputSchema,
  phoneSchema,
  resolveSector,
  resolveSkill,
  type Availability,
  type Pool,
} from '@qs/shared';
import {
  availabilityHint,
  poolHint,
  resolveAvailability,
  resolvePool,
  type ImportField,
} from './import-columns';
import {
  describeIssue,
  translate,
  zodErrorMap,
  type Lang,
  type MessageKey,
  type MessageParams,
} from '../../lib/i18n';

/** One row's values; a blank cell leaves the field out, so an update never erases it. */
export interface ImportedExpert {
  name: string;
  title?: string;
  organization?: string;
  city?: string;
  pool?: Pool;
  skills?: string[];
  sectors?: string[];
  yearsOfExperience?: number;
  email?: string;
  phone?: string;
  bio?: string;
  availability?: Availability;
}

/** A rejected field: its code and parameters, and the message in the importer's language. */
export interface FieldError {
  field: string;
  message: string;
  code: string;
  params?: MessageParams;
}

export type RowResult = { values: ImportedExpert } | { errors: FieldError[] };

type Failure = Omit<FieldError, 'field'>;
type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Failure);

/** A field error of the server's catalogue, said in `lang`. */
export function fieldError(
  lang: Lang,
  field: string,
  code: MessageKey,
  params?: MessageParams,
): FieldError {
  return { field, code, message: translate(lang, code, params), ...(params ? { params } : {}) };
}

const failed = (lang: Lang, code: MessageKey, params: MessageParams) =>
  ({ ok: false, code, params, message: translate(lang, code, params) }) as const;

function viaSchema<S extends z.ZodType>(schema: S, raw: unknown, lang: Lang): Parsed<z.output<S>> {
  const result = schema.safeParse(raw, { error: zodErrorMap(lang) });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => describeIssue(issue, lang));
  const [first] = issues;
  return {
    ok: false,
    code: first?.code ?? 'custom',
    ...(first?.params ? { params: first.params } : {}),
    message: issues.map((issue) => issue.message).join(lang === 'zh' ? '；' : '; '),
  };
}

function term<T>(resolve: (raw: string) => T | undefined, hint: Record<Lang, string>) {
  return (raw: string, lang: Lang): Parsed<T> => {
    const value = resolve(raw);
    return value === undefined
      ? failed(lang, 'not_one_of', { value: raw, options: hint[lang] })
      : { ok: true, value };
  };
}

/** Several taxonomy terms in one cell; unknown ones are named in the error. */
function termList(
  resolve: (raw: string) => string | undefined,
  code: 'unknown_skills' | 'unknown_sectors',
  schema: z.ZodType,
) {
  return (raw: string, lang: Lang): Parsed<string[]> => {
    const terms = raw
      .split(/[;；、,，]/)
      .map((t) => t.trim())
      .filter(Boolean);
    const unknown = terms.filter((t) => resolve(t) === undefined);
    if (unknown.length > 0) {
      const quote = lang === 'zh' ? (t: string) => `“${t}”` : (t: string) => `"${t}"`;
      return failed(lang, code, { names: unknown.map(quote).join(lang === 'zh' ? '、' : ', ') });
    }
    return viaSchema(schema, terms.map(resolve), lang) as Parsed<string[]>;
  };
}

function years(raw: string, lang: Lang): Parsed<number> {
  const match = /^(\d+(?:\.\d+)?)\s*年?$/.exec(raw);
  if (!match) return failed(lang, 'not_years', { value: raw });
  return viaSchema(profile.yearsOfExperience, Number(match[1]), lang);
}

const profile = expertProfileInputSchema.shape;

const parsers: {
  [F in ImportField]-?: (raw: string, lang: Lang) => Parsed<ImportedExpert[F]>;
} = {
  name: (raw, lang) => viaSchema(profile.name, raw, lang),
  title: (raw, lang) => viaSchema(profile.title, raw, lang),
  organization: (raw, lang) => viaSchema(profile.organization, raw, lang),
  city: (raw, lang) => viaSchema(profile.city, raw, lang),
  pool: term(resolvePool, poolHint),
  skills: termList(resolveSkill, 'unknown_skills', profile.skills),
  sectors: termList(resolveSector, 'unknown_sectors', profile.sectors),
  yearsOfExperience: years,
  email: (raw, lang) => viaSchema(contactSchema.shape.email, raw, lang),
  phone: (raw, lang) => viaSchema(phoneSchema, raw, lang),
  bio: (raw, lang) => viaSchema(profile.bio, raw, lang),
  availability: term(resolveAvailability, availabilityHint),
};

/** An export prefixes formula-like text with `'` so Excel shows it as text; undo that. */
function cellValue(cells: string[], index: number): string {
  const raw = (cells[index] ?? '').trim();
  return /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}

/** Every field of one row checked, so the bureau sees all of a row's problems at once. */
export function parseRow(
  cells: string[],
  columns: Map<ImportField, number>,
  lang: Lang,
): RowResult {
  const values: Partial<Record<ImportField, unknown>> = {};
  const errors: FieldError[] = [];
  for (const [field, index] of columns) {
    const raw = cellValue(cells, index);
    if (raw === '') continue;
    const parsed = parsers[field](raw, lang);
    if (parsed.ok) values[field] = parsed.value;
    else
      errors.push({
        field,
        code: parsed.code,
        message: parsed.message,
        ...(parsed.params ? { params: parsed.params } : {}),
      });
  }
  if (values.name === undefined && !errors.some((e) => e.field === 'name'))
    errors.push(fieldError(lang, 'name', 'required'));
  if (values.email === undefined && values.phone === undefined && !hasContactError(errors))
    errors.push(fieldError(lang, 'email', 'contact_required'));
  return errors.length > 0 ? { errors } : { values: values as unknown as ImportedExpert };
}

const hasContactError = (errors: FieldError[]) =>
  errors.some((e) => e.field === 'email' || e.field === 'phone');

// The pool is not among them: a new expert without one gets the pool of its city.
const requiredToCreate = ['organization', 'city', 'skills'] as const;

/** A new expert may start verified, so it needs what a verified profile needs. */
export function missingToCreate(values: ImportedExpert, lang: Lang): FieldError[] {
  return requiredToCreate
    .filter((field) => values[field] === undefined)
    .map((field) => fieldError(lang, field, 'required_for_new'));
}
