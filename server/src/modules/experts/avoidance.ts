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
