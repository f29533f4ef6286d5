export { STATS_EXPORT_HREF, invalidateStats } from './api/get-stats';
export { CrossCityTable } from './components/cross-city-table';
export { FunnelChart } from './components/funnel-chart';
export { OutcomesTable } from './components/outcomes-table';
export { OverviewCards } from './components/overview-cards';
export { SkillsGapTable } from './components/skills-gap-table';
export { TrendChart } from './components/trend-chart';
