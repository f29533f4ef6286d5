import { beijingYear, freshnessOf, type ExpertDto } from '@qs/shared';
import { now as clockNow } from '../../lib/clock';
import type { ExpertRecord } from './expert.model';

export interface PresentOptions {
  contact: boolean;
  history: boolean;
  /** The account the profile belongs to. */
  account: boolean;
}

export function presentExpert(
  expert: ExpertRecord,
  options: PresentOptions,
  now: Date = clockNow(),
): ExpertDto {
  const { verification } = expert;
  return {
    id: expert._id.toString(),
    ...(options.account && expert.userId ? { userId: expert.userId.toString() } : {}),
    name: expert.name,
    title: expert.title,
    organization: expert.organization,
    ...(expert.organizationId ? { organizationId: expert.organizationId.toString() } : {}),
    city: expert.city,
    ...(expert.pool ? { pool: expert.pool } : {}),
    skills: expert.skills,
    sectors: expert.sectors,
    bio: expert.bio,
    yearsOfExperience: expert.yearsOfExperience,
    availability: expert.availability,
    collaborationModes: expert.collaborationModes,
    ...(options.contact ? { contact: { ...expert.contact } } : {}),
    ...(options.contact
      ? {
          formerOrganizations: (expert.formerOrganizations ?? []).map((o) => ({
            name: o.name,
            leftYear: o.leftYear,
          })),
        }
      : {}),
    verification: {
      status: verification.status,
      ...(verification.note ? { note: verification.note } : {}),
      ...(verification.at ? { at: verification.at.toISOString() } : {}),
      ...(options.history
        ? {
            history: verification.history.map((event) => ({
              decision: event.decision,
              ...(event.by ? { by: event.by.toString() } : {}),
              note: event.note,
              at: event.at.toISOString(),
            })),
          }
        : {}),
    },
    rating: { average: expert.rating.average, count: expert.rating.count },
    responseRate: expert.stats.responseRate,
    activeCollaborations: expert.activeCollaborations,
    createdAt: expert.createdAt.toISOString(),
    updatedAt: expert.updatedAt.toISOString(),
    ...(expert.confirmedAt ? { confirmedAt: expert.confirmedAt.toISOString() } : {}),
    freshness: freshnessOf(expert.confirmedAt ?? expert.createdAt, now),
    engagementsThisYear:
      expert.engagements?.year === beijingYear(now) ? expert.engagements.count : 0,
  };
}
