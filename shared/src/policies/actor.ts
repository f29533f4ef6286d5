import type { Role } from '../schemas/common';
import type { MembershipState, OrgRole } from '../schemas/memberships';

/** The caller as policies see it: enough to decide, nothing more. */
export interface Actor {
  id: string;
  role: Role;
  /** Set only while the membership is active: a pending member acts for no organization. */
  organizationId?: string;
  membership?: MembershipState;
  orgRole?: OrgRole;
  expertId?: string;
}

export type Rule<R> = (actor: Actor, resource: R) => boolean;

export const isAdmin = (actor: Actor): boolean => actor.role === 'admin';
export const isStaff = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'bureau';
