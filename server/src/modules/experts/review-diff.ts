import { reviewedFields, type ReviewChange, type ReviewedField } from '@qs/shared';
import type { ExpertRecord, ReviewedProfile } from './expert.model';

type Value = string | number | string[];

function valueOf(expert: Partial<ExpertRecord>, field: ReviewedField): Value | undefined {
  const value =
    field === 'email' || field === 'phone'
      ? expert.contact?.[field]
      : (expert[field] as Value | undefined);
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return undefined;
  return Array.isArray(value) ? [...value] : value;
}

/** What a verification vouches for: the reviewed fields that have a value. */
export function reviewedProfile(expert: Partial<ExpertRecord>): ReviewedProfile {
  const profile: ReviewedProfile = {};
  for (const field of reviewedFields) {
    const value = valueOf(expert, field);
    if (value !== undefined) profile[field] = value;
  }
  return profile;
}

const same = (a: Value | undefined, b: Value | undefined) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000')
    : a === b;

/**
 * The fields that differ between the last verified version and now, in the profile's order.
 * Never verified: every field with a value is new.
 */
export function changesSinceVerified(expert: ExpertRecord): ReviewChange[] {
  const before = expert.verification.verifiedProfile ?? {};
  const now = reviewedProfile(expert);
  return reviewedFields.flatMap((field) =>
    same(before[field], now[field])
      ? []
      : [
          {
            field,
            ...(before[field] !== undefined ? { before: before[field] } : {}),
            ...(now[field] !== undefined ? { after: now[field] } : {}),
          },
        ],
  );
}
