import type { OrganizationDto } from '@qs/shared';
import type { OrganizationRecord } from './organization.model';

export function presentOrganization(org: OrganizationRecord): OrganizationDto {
  return {
    id: org._id.toString(),
    name: org.name,
    type: org.type,
    city: org.city,
    sectors: org.sectors,
    allianceMember: org.allianceMember,
    ...(org.allianceJoinedAt ? { allianceJoinedAt: org.allianceJoinedAt.toISOString() } : {}),
    description: org.description,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}
