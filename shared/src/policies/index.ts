import type { Actor, Rule } from './actor';
import { collaborationPolicies, type CollaborationPolicies } from './collaborations';
import { conversationPolicies, type ConversationPolicies } from './conversations';
import { expertPolicies, type ExpertPolicies } from './experts';
import { invitationPolicies, type InvitationPolicies } from './invitations';
import { mailPolicies, type MailPolicies } from './mail';
import { membershipPolicies, type MembershipPolicies } from './memberships';
import { needPolicies, type NeedPolicies } from './needs';
import { notificationPolicies, type NotificationPolicies } from './notifications';
import { statsPolicies, type StatsPolicies } from './stats';
import { userPolicies, type UserPolicies } from './users';
import { creditPolicies, type CreditPolicies } from './credit';

export type { Actor, Rule } from './actor';
export { isAdmin, isStaff } from './actor';
export { ownsOrganization, type MembershipView } from './memberships';
export type { NeedView } from './needs';
export {
  poolOfCity,
  type ExpertClaimView,
  type ExpertContactView,
  type ExpertReadView,
} from './experts';
export { inviteObstacle, type InviteCandidateView, type InviteObstacle } from './invitations';
export type { NotificationView } from './notifications';
export type { CreditSubjectView } from './credit';
export { isEnterpriseSide, isExpertSide, sideOf, type PartiesView } from './parties';
export {
  beijingYear,
  capacityLimit,
  CONFIRMATION_DUE_DAYS,
  FREEZE_DAYS,
  freshnessOf,
  frozenBefore,
  rotationSince,
  type LoadView,
} from './pool-rules';

type Policies = UserPolicies &
  MembershipPolicies &
  ExpertPolicies &
  NeedPolicies &
  InvitationPolicies &
  CollaborationPolicies &
  ConversationPolicies &
  NotificationPolicies &
  StatsPolicies &
  MailPolicies &
  CreditPolicies;
export type Action = keyof Policies;
export type ResourceOf<A extends Action> = Policies[A] extends Rule<infer R> ? R : never;

const policies: Policies = {
  ...userPolicies,
  ...membershipPolicies,
  ...expertPolicies,
  ...needPolicies,
  ...invitationPolicies,
  ...collaborationPolicies,
  ...conversationPolicies,
  ...notificationPolicies,
  ...statsPolicies,
  ...mailPolicies,
  ...creditPolicies,
};

/** Pure decision shared by server and client: may `actor` do `action` on `resource`? */
export function can<A extends Action>(
  actor: Actor | undefined,
  action: A,
  resource: ResourceOf<A>,
): boolean {
  if (!actor) return false;
  const rule = policies[action] as Rule<ResourceOf<A>>;
  return rule(actor, resource);
}
