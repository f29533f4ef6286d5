export { registerStatsRoutes } from './stats.routes';
export { registerStatsSubscribers } from './subscribers';
