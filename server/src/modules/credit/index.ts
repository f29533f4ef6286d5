export { registerCreditRoutes } from './credit.routes';
export { registerCreditSubscribers } from './subscribers';
export {
  activeSuspensionOf,
  assertOrganizationNotSuspended,
  suspendedExperts,
} from './credit.service';
