export { registerNeedRoutes } from './needs.routes';
export { loadNeed, presentOne as presentNeedDto, suggestSkills } from './needs.service';
export { NeedModel, type NeedRecord } from './need.model';
export { NeedIndexer, toNeedDoc } from './needs.indexer';
