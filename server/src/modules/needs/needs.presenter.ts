import type { NeedDto } from '@qs/shared';
import type { NeedRecord } from './need.model';

export interface PresentOptions {
  organizationName: string | undefined;
  /** The account that posted the need. */
  author: boolean;
  /** the avoidance lists, for those who see them, with the avoided experts' names */
  avoidance?: { expertNames: Map<string, string> };
}

/** When the need closed and the enterprise's message to the experts it invited. */
export function presentClosing(closing: NonNullable<NeedRecord['closing']>) {
  return {
    closedAt: closing.at.toISOString(),
    ...(closing.message ? { message: closing.message } : {}),
  };
}

export function presentNeed(need: NeedRecord, options: PresentOptions): NeedDto {
  const { organizationName } = options;
  return {
    id: need._id.toString(),
    organizationId: need.organizationId.toString(),
    ...(organizationName ? { organizationName } : {}),
    ...(options.author && need.createdBy ? { createdBy: need.createdBy.toString() } : {}),
    title: need.title,
    description: need.description,
    kind: need.kind,
    sector: need.sector,
    requiredSkills: need.requiredSkills,
    suggestedSkills: need.suggestedSkills,
    city: need.city,
    ...(need.budget ? { budget: { min: need.budget.min, max: need.budget.max } } : {}),
    ...(need.deadline ? { deadline: need.deadline.toISOString() } : {}),
    ...(need.collaborationMode ? { collaborationMode: need.collaborationMode } : {}),
    ...(options.avoidance
      ? {
          avoidOrganizations: (need.avoidOrganizations ?? []).map((o) => ({
            ...(o.organizationId ? { id: o.organizationId.toString() } : {}),
            name: o.name,
          })),
          avoidExperts: (need.avoidExperts ?? []).map((id) => ({
            id: id.toString(),
            name: options.avoidance?.expertNames.get(id.toString()) ?? '',
          })),
        }
      : {}),
    status: need.status,
    ...(need.closing ? { closing: presentClosing(need.closing) } : {}),
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
  };
}
