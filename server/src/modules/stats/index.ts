export { registerStatsRoutes } from './stats.routes';
export { registerStatsSubscribers } from './subscribers';
export { concentration } from './fairness';
export {
  ensureStatsDays,
  markStatsDaysStale,
  rebuildStatsDays,
  settled as statsDaysSettled,
} from './stats.days';
