import { isAdmin, type Rule } from './actor';

export interface MailPolicies {
  /** The outbox holds one-time codes: the platform's operator reads it, nobody else. */
  'mail:read-outbox': Rule<undefined>;
}

export const mailPolicies: MailPolicies = {
  'mail:read-outbox': isAdmin,
};
