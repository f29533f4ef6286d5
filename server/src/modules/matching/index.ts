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
export { capacityReason } from './reasons';
export { conflictsOf, describeConflicts, registerConflictRoutes } from './conflicts';
