export { registerExpertRoutes } from './experts.routes';
export { registerExpertImportRoutes } from './experts.import.routes';
export { registerExpertReviewRoutes } from './experts.review.routes';
export { registerExpertClaimRoutes } from './experts.claims.routes';
export { importExperts } from './experts.import';
export { openProfileForUser, presentManyFor as presentExpertsFor } from './experts.service';
export type { ExpertRecord } from './expert.model';
export { presentExpert } from './experts.presenter';
export {
  poolSettings,
  poolsVisibleToOrganization,
  poolsVisibleToOrganizations,
  visiblePools,
} from './visibility';
export { ExpertIndexer, toExpertDoc } from './experts.indexer';
export { formerOrganizationTerm, organizationKeyOf, worksAt } from './avoidance';
export {
  expertCountsBy,
  expertCreationTimes,
  expertStatsFacts,
  expertCount,
  type ExpertStatsFact,
  expertLearningDocs,
  expertsVersion,
  expertNames,
  expertNamesAndAccounts,
  expertUserId,
  findExpert,
  findExperts,
  poolsOf,
  seedExperts,
  verifiedSkillSupply,
} from './experts.reads';
export { registerExpertSubscribers } from './subscribers';
export {
  expertTotals,
  hasExperts,
  linkSeededProfile,
  seedDemoExperts,
  type ExpertSeed,
} from './experts.seed';
export { registerFreshnessRoutes } from './freshness.routes';
export { freshnessJobs } from './freshness';
export { verifiedExpertFigures, type ExpertFigures } from './pool-figures';
