export { registerNeedRoutes } from './needs.routes';
export {
  loadNeed,
  presentOne as presentNeedDto,
  recordMatched,
  suggestSkills,
} from './needs.service';
export { NeedModel, type NeedRecord } from './need.model';
export { NeedIndexer, toNeedDoc } from './needs.indexer';
