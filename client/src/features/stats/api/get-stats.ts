import {
  statsCrossCitySchema,
  statsFunnelSchema,
  statsOverviewSchema,
  statsSkillsGapSchema,
  statsTrendSchema,
  type StatsTrendQuery,
} from '@qs/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Every statistics query starts with `all`: one push of `stats:updated` refetches them all. */
export const statsKeys = {
  all: ['stats'] as const,
  overview: () => [...statsKeys.all, 'overview'] as const,
  funnel: () => [...statsKeys.all, 'funnel'] as const,
  skillsGap: () => [...statsKeys.all, 'skills-gap'] as const,
  crossCity: () => [...statsKeys.all, 'cross-city'] as const,
  trend: (granularity: StatsTrendQuery['granularity']) =>
    [...statsKeys.all, 'trend', granularity] as const,
};

export function invalidateStats(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: statsKeys.all });
}

/** Where the CSV of every number downloads from (a plain link: the browser saves it). */
export const STATS_EXPORT_HREF = '/api/v1/stats/export.csv';

export const useStatsOverview = () =>
  useQuery({
    queryKey: statsKeys.overview(),
    queryFn: ({ signal }) => api.get('/stats/overview', statsOverviewSchema, { signal }),
  });

export const useStatsFunnel = () =>
  useQuery({
    queryKey: statsKeys.funnel(),
    queryFn: ({ signal }) => api.get('/stats/funnel', statsFunnelSchema, { signal }),
  });

export const useSkillsGap = () =>
  useQuery({
    queryKey: statsKeys.skillsGap(),
    queryFn: ({ signal }) => api.get('/stats/skills-gap', statsSkillsGapSchema, { signal }),
  });

export const useCrossCity = () =>
  useQuery({
    queryKey: statsKeys.crossCity(),
    queryFn: ({ signal }) => api.get('/stats/cross-city', statsCrossCitySchema, { signal }),
  });

export const useTrend = (granularity: StatsTrendQuery['granularity']) =>
  useQuery({
    queryKey: statsKeys.trend(granularity),
    queryFn: ({ signal }) =>
      api.get('/stats/trend', statsTrendSchema, { query: { granularity }, signal }),
    placeholderData: keepPreviousData,
  });
