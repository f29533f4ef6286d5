import type { Actor, Rule } from './actor';
import { expertPolicies, type ExpertPolicies } from './experts';
import { userPolicies, type UserPolicies } from './users';

export type { Actor, Rule } from './actor';
export { isAdmin, isStaff } from './actor';
export { poolOfCity, type ExpertContactView, type ExpertReadView } from './experts';

type Policies = UserPolicies & ExpertPolicies;
export type Action = keyof Policies;
export type ResourceOf<A extends Action> = Policies[A] extends Rule<infer R> ? R : never;

const policies: Policies = { ...userPolicies, ...expertPolicies };

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
