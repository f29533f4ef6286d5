import { isAdmin, type Rule } from './actor';

export interface UserPolicies {
  'users:list': Rule<undefined>;
  'users:create': Rule<undefined>;
  'users:administer': Rule<undefined>;
}

export const userPolicies: UserPolicies = {
  'users:list': isAdmin,
  'users:create': isAdmin,
  'users:administer': isAdmin,
};
