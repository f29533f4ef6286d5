import type { NeedDto } from '@qs/shared';
import type { NeedRecord } from './need.model';

export function presentNeed(need: NeedRecord, organizationName?: string): NeedDto {
  return {
    id: need._id.toString(),
    organizationId: need.organizationId.toString(),
    ...(organizationName ? { organizationName } : {}),
    ...(need.createdBy ? { createdBy: need.createdBy.toString() } : {}),
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
    status: need.status,
    createdAt: need.createdAt.toISOString(),
    updatedAt: need.updatedAt.toISOString(),
  };
}
