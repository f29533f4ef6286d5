export { FairnessCard } from './components/fairness-card';
export { FreshnessReport } from './components/freshness-report';
export { PoolRulesForm } from './components/pool-rules-form';
