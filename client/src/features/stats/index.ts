export { invalidateStats } from './api/get-stats';
export { CrossCityTable } from './components/cross-city-table';
export { FunnelChart } from './components/funnel-chart';
export { OutcomesTable } from './components/outcomes-table';
export { OverviewCards } from './components/overview-cards';
export { SkillsGapTable } from './components/skills-gap-table';
export { StatsDownloads } from './components/stats-downloads';
export { TrendChart } from './components/trend-chart';
