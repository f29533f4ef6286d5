export {
  AgreementModel,
  agreementKinds,
  type AgreementKind,
  type AgreementRecord,
} from './agreement.model';
