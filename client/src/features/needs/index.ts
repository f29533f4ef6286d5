export { useNeed } from './api/get-need';
export { useNeedCount } from './api/get-needs';
export { Catalogue } from './components/catalogue';
export { MyNeeds } from './components/my-needs';
export { NeedBrief } from './components/need-brief';
export { NeedForm } from './components/need-form';
export { NeedSummary } from './components/need-summary';
export { AvoidanceDialog, avoidanceValues } from './components/avoidance-dialog';
