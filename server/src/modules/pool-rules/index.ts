export { registerPoolRuleRoutes } from './pool-rules.routes';
export { DEFAULT_POOL_RULES, poolRules, type PoolRules } from './pool-rules.service';
