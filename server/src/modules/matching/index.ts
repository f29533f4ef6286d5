export { registerMatchingRoutes } from './matching.routes';
export { matchNeed, retrieve, skillsOf } from './matching.service';
export { registerDrawSubscribers } from './subscribers';
export { capacityRule, eligibilityFor, loadOf } from './eligibility';
export { capacityReason } from './reasons';
export { conflictsOf, describeConflicts, registerConflictRoutes } from './conflicts';
