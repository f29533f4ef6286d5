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

export interface FieldError {
  field: string;
  message: string;
}

export type RowResult = { values: ImportedExpert } | { errors: FieldError[] };

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function viaSchema<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues.map((issue) => issue.message).join('; ') };
}

function term<T>(resolve: (raw: string) => T | undefined, hint: string) {
  return (raw: string): Parsed<T> => {
    const value = resolve(raw);
    return value === undefined
      ? { ok: false, message: `"${raw}" is not one of ${hint}` }
      : { ok: true, value };
  };
}

/** Several taxonomy terms in one cell; unknown ones are named in the error. */
function termList(resolve: (raw: string) => string | undefined, kind: string, schema: z.ZodType) {
  return (raw: string): Parsed<string[]> => {
    const terms = raw
      .split(/[;；、,，]/)
      .map((t) => t.trim())
      .filter(Boolean);
    const unknown = terms.filter((t) => resolve(t) === undefined);
    if (unknown.length > 0) {
      const names = unknown.map((t) => `"${t}"`).join(', ');
      return { ok: false, message: `unknown ${kind}${unknown.length > 1 ? 's' : ''}: ${names}` };
    }
    return viaSchema(schema, terms.map(resolve)) as Parsed<string[]>;
  };
}

function years(raw: string): Parsed<number> {
  const match = /^(\d+(?:\.\d+)?)\s*年?$/.exec(raw);
  if (!match) return { ok: false, message: `"${raw}" is not a number of years` };
  return viaSchema(profile.yearsOfExperience, Number(match[1]));
}

const profile = expertProfileInputSchema.shape;

const parsers: { [F in ImportField]-?: (raw: string) => Parsed<ImportedExpert[F]> } = {
  name: (raw) => viaSchema(profile.name, raw),
  title: (raw) => viaSchema(profile.title, raw),
  organization: (raw) => viaSchema(profile.organization, raw),
  city: (raw) => viaSchema(profile.city, raw),
  pool: term(resolvePool, poolHint),
  skills: termList(resolveSkill, 'skill', profile.skills),
  sectors: termList(resolveSector, 'sector', profile.sectors),
  yearsOfExperience: years,
  email: (raw) => viaSchema(contactSchema.shape.email, raw),
  phone: (raw) => viaSchema(phoneSchema, raw),
  bio: (raw) => viaSchema(profile.bio, raw),
  availability: term(resolveAvailability, availabilityHint),
};

/** An export prefixes formula-like text with `'` so Excel shows it as text; undo that. */
function cellValue(cells: string[], index: number): string {
  const raw = (cells[index] ?? '').trim();
  return /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}

/** Every field of one row checked, so the bureau sees all of a row's problems at once. */
export function parseRow(cells: string[], columns: Map<ImportField, number>): RowResult {
  const values: Partial<Record<ImportField, unknown>> = {};
  const errors: FieldError[] = [];
  for (const [field, index] of columns) {
    const raw = cellValue(cells, index);
    if (raw === '') continue;
    const parsed = parsers[field](raw);
    if (parsed.ok) values[field] = parsed.value;
    else errors.push({ field, message: parsed.message });
  }
  if (values.name === undefined && !errors.some((e) => e.field === 'name'))
    errors.push({ field: 'name', message: 'is required' });
  if (values.email === undefined && values.phone === undefined && !hasContactError(errors))
    errors.push({ field: 'email', message: 'needs an email or a phone to match the expert' });
  return errors.length > 0 ? { errors } : { values: values as unknown as ImportedExpert };
}

const hasContactError = (errors: FieldError[]) =>
  errors.some((e) => e.field === 'email' || e.field === 'phone');

// The pool is not among them: a new expert without one gets the pool of its city.
const requiredToCreate = ['organization', 'city', 'skills'] as const;

/** A new expert starts verified, so it needs what a verified profile needs. */
export function missingToCreate(values: ImportedExpert): FieldError[] {
  return requiredToCreate
    .filter((field) => values[field] === undefined)
    .map((field) => ({ field, message: 'is required for a new expert' }));
}
