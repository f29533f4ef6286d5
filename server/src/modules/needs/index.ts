export { NeedModel, type NeedRecord } from './need.model';
