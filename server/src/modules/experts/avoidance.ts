import type { Types } from 'mongoose';
import { organizationNameKey } from '../organizations';
import type { ExpertRecord } from './expert.model';

/** Avoidance (回避): the expert works at the organization, by its id or by its name. */
export function worksAt(
  expert: Pick<ExpertRecord, 'organizationId' | 'organization'>,
  organization: { _id: Types.ObjectId; name?: string },
): boolean {
  return (
    expert.organizationId?.equals(organization._id) === true ||
    (!!organization.name &&
      organizationNameKey(expert.organization) === organizationNameKey(organization.name))
  );
}

/** The organization's name as compared for avoidance; empty when it has no letters or digits. */
export function organizationKeyOf(name: string): string {
  return organizationNameKey(name);
}

/** `key|year` for each former organization: what the index filters former employers by. */
export function formerOrganizationTerms(former: { name: string; leftYear: number }[]): string[] {
  return former.map((o) => formerOrganizationTerm(organizationKeyOf(o.name), o.leftYear));
}

export function formerOrganizationTerm(key: string, year: number): string {
  return `${key}|${year}`;
}
