export {
  AgreementModel,
  agreementKinds,
  type AgreementKind,
  type AgreementRecord,
} from './agreement.model';
export { CollaborationModel, type CollaborationRecord } from './collaboration.model';
export { registerCollaborationRoutes } from './collaborations.routes';
export { startCollaboration } from './collaborations.service';
export {
  partiesOf,
  partiesScope,
  partiesView,
  presentParties,
  partyNames,
  partyUserIds,
  type PartyNames,
} from './parties';
