export { registerNeedRoutes } from './needs.routes';
export {
  authorizeNeed,
  citiesOf,
  createNeed,
  findNeed,
  findNeedOrFail,
  isNeedClosed,
  needCountsBy,
  needCreationTimes,
  needLearningDocs,
  needsVersion,
  needIdsPlaced,
  needsCreatedWithin,
  needsInOrder,
  needStatsFacts,
  needCount,
  type NeedStatsFact,
  needStates,
  needTitles,
  openNeedSkills,
  openNeeds,
  presentNeeds,
  placesOfNeeds,
  presentOne as presentNeedDto,
  recordMatched,
  suggestSkills,
} from './needs.service';
export type { NeedRecord } from './need.model';
export { BROWSE_WINDOW, type BrowsingExpert, type OpenNeedCandidate } from './needs.service';
export { NeedIndexer, toNeedDoc } from './needs.indexer';
export { needTotals, seedDemoNeeds, seededNeedIds, type NeedSeed } from './needs.seed';
