import { isStaff, type Rule } from './actor';

export interface StatsPolicies {
  /** The alliance's statistics are the bureau's (and the admin's). */
  'stats:read': Rule<undefined>;
}

export const statsPolicies: StatsPolicies = {
  'stats:read': (actor) => isStaff(actor),
};
