export { registerMatchingRoutes } from './matching.routes';
export { matchNeed, retrieve, skillsOf } from './matching.service';
export { registerDrawSubscribers } from './subscribers';
export {
  capacityRule,
  eligibilityFor,
  expertStanding,
  loadOf,
  needsAdmitting,
  type ExpertStanding,
} from './eligibility';
export { capacityMessage } from './reasons';
export { conflictMessage, conflictsOf, registerConflictRoutes } from './conflicts';
