export { registerExpertRoutes } from './experts.routes';
export { openProfileForUser } from './experts.service';
export { ExpertModel, type ExpertRecord } from './expert.model';
export { presentExpert } from './experts.presenter';
export { hasAcceptedInvitation, poolSettings, visiblePools } from './visibility';
export { ExpertIndexer, toExpertDoc } from './experts.indexer';
