import type { Availability } from '../schemas/experts';
import type { NeedStatus } from '../schemas/needs';
import { isStaff, type Rule } from './actor';
import { isEnterpriseSide, isExpertSide, type PartiesView } from './parties';

export interface InvitationPolicies {
  'invitations:read': Rule<PartiesView>;
  /** Accept or decline: the invited expert only. */
  'invitations:respond': Rule<PartiesView>;
  'invitations:withdraw': Rule<PartiesView>;
}

export const invitationPolicies: InvitationPolicies = {
  'invitations:read': (actor, parties) =>
    isStaff(actor) || isEnterpriseSide(actor, parties) || isExpertSide(actor, parties),
  'invitations:respond': isExpertSide,
  'invitations:withdraw': isEnterpriseSide,
};

/** What decides whether one expert may be invited to one need, beyond owning the need. */
export interface InviteCandidateView {
  needStatus: NeedStatus;
  expertVerified: boolean;
  expertAvailability: Availability;
  /** The expert's pool is open to the inviting enterprise. */
  poolVisible: boolean;
  /** The expert works at the inviting organization (回避). */
  sameOrganization: boolean;
}

export type InviteObstacle = 'need_not_open' | 'expert_hidden' | 'expert_unavailable' | 'avoidance';

/** Why the expert cannot be invited to the need, or undefined when nothing stands in the way. */
export function inviteObstacle(view: InviteCandidateView): InviteObstacle | undefined {
  if (view.needStatus !== 'open') return 'need_not_open';
  if (!view.expertVerified || !view.poolVisible) return 'expert_hidden';
  if (view.expertAvailability === 'unavailable') return 'expert_unavailable';
  if (view.sameOrganization) return 'avoidance';
  return undefined;
}
