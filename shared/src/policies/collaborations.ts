import { isStaff, type Rule } from './actor';
import { isEnterpriseSide, isExpertSide, type PartiesView } from './parties';

export interface CollaborationPolicies {
  'collaborations:read': Rule<PartiesView>;
  /** Sign the agreement, complete or cancel: either side. */
  'collaborations:move': Rule<PartiesView>;
  'collaborations:rate': Rule<PartiesView>;
  /** Download the outcome's file: the two sides and the bureau. */
  'collaborations:download-outcome': Rule<PartiesView>;
}

const eitherSide: Rule<PartiesView> = (actor, parties) =>
  isEnterpriseSide(actor, parties) || isExpertSide(actor, parties);

export const collaborationPolicies: CollaborationPolicies = {
  'collaborations:read': (actor, parties) => isStaff(actor) || eitherSide(actor, parties),
  'collaborations:move': eitherSide,
  'collaborations:rate': eitherSide,
  'collaborations:download-outcome': (actor, parties) =>
    actor.role === 'bureau' || eitherSide(actor, parties),
};
