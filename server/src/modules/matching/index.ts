export { registerMatchingRoutes } from './matching.routes';
export { matchNeed, retrieve, skillsOf } from './matching.service';
export { registerDrawSubscribers } from './subscribers';
export { capacityRule, eligibilityFor, loadOf } from './eligibility';
export { capacityMessage } from './reasons';
export { conflictMessage, conflictsOf, registerConflictRoutes } from './conflicts';
