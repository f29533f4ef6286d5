export { agreementKinds, type AgreementKind, type AgreementRecord } from './agreement.model';
export type { CollaborationRecord } from './collaboration.model';
export { registerCollaborationRoutes } from './collaborations.routes';
export { collaborationsOfInvitations } from './collaborations.service';
export { collaborationJobs } from './collaborations.jobs';
export { registerCollaborationSubscribers } from './subscribers';
export {
  mailAddressees,
  otherSideOf,
  partiesOf,
  partiesScope,
  partiesView,
  presentParties,
  partyNames,
  partyUserIds,
  type PartyNames,
} from './parties';
export {
  agreementFacts,
  collaborationFacts,
  collaborationFactsOf,
  collaborationCount,
  collaboratingNeedIdSet,
  outcomeSummaries,
  type CollaborationFact,
} from './collaborations.stats';
export { authorizeCollaboration, loadCollaboration } from './collaborations.service';
export { agreementTotals, seedDemoAgreements, type AgreementSeed } from './agreements.seed';
export { seedDemoCollaborations, type CollaborationSeed } from './collaborations.seed';
export { expertsCompletedWith } from './collaborations.pool-rules';
