import type { Pool, VerificationStatus } from '../schemas/experts';
import { isStaff, type Actor, type Rule } from './actor';

/** What the read rules need to know about one expert, as seen by one caller. */
export interface ExpertReadView {
  ownerUserId?: string;
  verified: boolean;
  /** Whether the expert's pool is open to the caller's city (computed from the pool settings). */
  poolVisible: boolean;
}

export interface ExpertContactView {
  ownerUserId?: string;
  /** The caller's organization holds an accepted invitation to this expert. */
  acceptedInvitation: boolean;
}

export interface ExpertClaimView {
  /** The status of the caller's own profile; absent when the account has none. */
  ownProfileStatus?: VerificationStatus;
}

export interface ExpertPolicies {
  'experts:read': Rule<ExpertReadView>;
  'experts:read-contact': Rule<ExpertContactView>;
  'experts:read-unverified': Rule<undefined>;
  /** The account a profile belongs to. */
  'experts:read-account': Rule<undefined>;
  'experts:edit-own': Rule<undefined>;
  /** Claim an imported profile: an expert whose own profile was never submitted. */
  'experts:claim': Rule<ExpertClaimView>;
  /** Link an expert account to an unclaimed profile by hand. */
  'experts:link-account': Rule<undefined>;
  'experts:verify': Rule<undefined>;
  'experts:import': Rule<undefined>;
  'experts:export': Rule<undefined>;
  'pools:configure': Rule<undefined>;
  'organizations:write': Rule<undefined>;
}

const isOwner = (actor: Actor, ownerUserId?: string) =>
  ownerUserId !== undefined && ownerUserId === actor.id;

export const expertPolicies: ExpertPolicies = {
  'experts:read': (actor, expert) =>
    isStaff(actor) ||
    isOwner(actor, expert.ownerUserId) ||
    (expert.verified && (actor.role !== 'enterprise' || expert.poolVisible)),
  'experts:read-contact': (actor, expert) =>
    isStaff(actor) ||
    isOwner(actor, expert.ownerUserId) ||
    (actor.role === 'enterprise' && expert.acceptedInvitation),
  'experts:read-unverified': isStaff,
  'experts:read-account': isStaff,
  'experts:edit-own': (actor) => actor.role === 'expert',
  'experts:claim': (actor, view) =>
    actor.role === 'expert' &&
    (view.ownProfileStatus === undefined || view.ownProfileStatus === 'incomplete'),
  'experts:link-account': isStaff,
  'experts:verify': isStaff,
  'experts:import': isStaff,
  'experts:export': isStaff,
  'pools:configure': isStaff,
  'organizations:write': isStaff,
};

const cityPools: Record<string, Pool> = {
  青岛: 'qingdao',
  青岛市: 'qingdao',
  qingdao: 'qingdao',
  深圳: 'shenzhen',
  深圳市: 'shenzhen',
  shenzhen: 'shenzhen',
};

/** The pool a city's enterprises call their own. */
export function poolOfCity(city: string | undefined): Pool {
  return (city && cityPools[city.trim().toLowerCase()]) || 'other';
}
