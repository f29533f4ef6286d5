import { isStaff, type Actor, type Rule } from './actor';

/** What the need rules know about one need and the caller. */
export interface NeedView {
  organizationId: string;
  status: 'open' | 'in_progress' | 'closed';
  /** The caller is an expert invited to this need. */
  invited: boolean;
  /** The caller is an expert the need's rules admit (pool, avoidance, suspension, freshness). */
  admitsExpert?: boolean;
}

export interface NeedPolicies {
  'needs:create': Rule<undefined>;
  'needs:read': Rule<NeedView>;
  /** The account that posted a need. */
  'needs:read-author': Rule<undefined>;
  'needs:edit': Rule<NeedView>;
  'needs:match': Rule<NeedView>;
  'needs:invite': Rule<NeedView>;
  /** An expert says they are interested in an open need they may take part in. */
  'needs:express-interest': Rule<NeedView>;
}

const ownsNeed = (actor: Actor, need: NeedView) =>
  actor.role === 'enterprise' &&
  actor.organizationId !== undefined &&
  actor.organizationId === need.organizationId;

export const needPolicies: NeedPolicies = {
  'needs:create': (actor) => actor.role === 'enterprise' && actor.organizationId !== undefined,
  'needs:read': (actor, need) =>
    isStaff(actor) ||
    ownsNeed(actor, need) ||
    (actor.role === 'enterprise' && need.status === 'open') ||
    (actor.role === 'expert' && need.invited) ||
    (actor.role === 'expert' && need.status === 'open' && need.admitsExpert === true),
  'needs:express-interest': (actor, need) =>
    actor.role === 'expert' && need.status === 'open' && need.admitsExpert === true,
  'needs:read-author': isStaff,
  'needs:edit': ownsNeed,
  'needs:match': (actor, need) => ownsNeed(actor, need) || isStaff(actor),
  'needs:invite': ownsNeed,
};
