export { registerStatsRoutes } from './stats.routes';
export { registerStatsSubscribers } from './subscribers';
export { concentration } from './fairness';
export { settled as statsDaysSettled } from './stats.days';
export { ensureStatsDays, rebuildStatsDays } from './stats.days.rebuild';
export { markStatsDaysStale } from './stats.days.state';
