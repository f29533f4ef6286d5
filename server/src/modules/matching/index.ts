export { registerMatchingRoutes } from './matching.routes';
export { matchNeed, retrieve, skillsOf } from './matching.service';
export { conflictsOf, describeConflicts, registerConflictRoutes } from './conflicts';
