import { isStaff, type Actor, type Rule } from './actor';

/** One organization as the membership rules see it. */
export interface MembershipView {
  organizationId: string;
}

export interface MembershipPolicies {
  /** See members and decide on requests: the organization's active owners, the bureau, admins. */
  'members:manage': Rule<MembershipView>;
  /** The bureau's queue across organizations. */
  'members:review-all': Rule<undefined>;
}

export const ownsOrganization = (actor: Actor, organizationId: string): boolean =>
  actor.role === 'enterprise' &&
  actor.membership === 'active' &&
  actor.orgRole === 'owner' &&
  actor.organizationId === organizationId;

export const membershipPolicies: MembershipPolicies = {
  'members:manage': (actor, org) => isStaff(actor) || ownsOrganization(actor, org.organizationId),
  'members:review-all': isStaff,
};
