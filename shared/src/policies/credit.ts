import { isStaff, type Actor, type Rule } from './actor';

/** Whose credit record a rule is asked about. */
export interface CreditSubjectView {
  subjectType: 'expert' | 'organization';
  subjectId: string;
}

export interface CreditPolicies {
  'credit:read': Rule<CreditSubjectView>;
  /** record events, suspend, lift, answer appeals */
  'credit:manage': Rule<undefined>;
  'credit:appeal': Rule<CreditSubjectView>;
}

/** The expert whose profile it is, or an active member of the organization. */
const isSubject = (actor: Actor, subject: CreditSubjectView) =>
  subject.subjectType === 'expert'
    ? actor.role === 'expert' && actor.expertId === subject.subjectId
    : actor.role === 'enterprise' && actor.organizationId === subject.subjectId;

export const creditPolicies: CreditPolicies = {
  'credit:read': (actor, subject) => isStaff(actor) || isSubject(actor, subject),
  'credit:manage': isStaff,
  'credit:appeal': isSubject,
};
