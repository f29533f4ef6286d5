import { z } from 'zod';
import { idSchema, line } from './common';
import { organizationRefSchema } from './organizations';

export const membershipStates = ['active', 'pending'] as const;
export const membershipStateSchema = z.enum(membershipStates);
export type MembershipState = z.infer<typeof membershipStateSchema>;

export const orgRoles = ['owner', 'member'] as const;
export const orgRoleSchema = z.enum(orgRoles);
export type OrgRole = z.infer<typeof orgRoleSchema>;

export const memberParamsSchema = z.strictObject({
  id: idSchema,
  userId: idSchema,
});

export const listMembersQuerySchema = z.strictObject({
  membership: membershipStateSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListMembersQuery = z.infer<typeof listMembersQuerySchema>;

/** The bureau's queue: requests to join organizations, by default those only staff can decide. */
export const listMembershipRequestsQuerySchema = z.strictObject({
  scope: z.enum(['unowned', 'all']).default('unowned'),
  q: line(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ListMembershipRequestsQuery = z.infer<typeof listMembershipRequestsQuerySchema>;

export const memberDecisionSchema = z.strictObject({
  note: line(500).default(''),
});
export type MemberDecisionInput = z.infer<typeof memberDecisionSchema>;

export const memberRoleSchema = z.strictObject({ orgRole: orgRoleSchema });
export type MemberRoleInput = z.infer<typeof memberRoleSchema>;

/** An enterprise account without an organization (rejected or removed) asks to join or create one. */
export const requestOrganizationSchema = z.strictObject({ organization: organizationRefSchema });
export type RequestOrganizationInput = z.infer<typeof requestOrganizationSchema>;

export const memberDtoSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  organizationId: z.string(),
  organizationName: z.string().optional(),
  membership: membershipStateSchema,
  orgRole: orgRoleSchema,
  requestedAt: z.string(),
});
export type MemberDto = z.infer<typeof memberDtoSchema>;

export const memberResponseSchema = z.object({ member: memberDtoSchema });
