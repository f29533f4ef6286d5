import { statsRoutes, type StatsTrendQuery } from '@qs/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

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

export const useStatsOverview = () =>
  useQuery({
    queryKey: statsKeys.overview(),
    queryFn: ({ signal }) => call(statsRoutes.overview, { signal }),
  });
export const useStatsFunnel = () =>
  useQuery({
    queryKey: statsKeys.funnel(),
    queryFn: ({ signal }) => call(statsRoutes.funnel, { signal }),
  });
export const useSkillsGap = () =>
  useQuery({
    queryKey: statsKeys.skillsGap(),
    queryFn: ({ signal }) => call(statsRoutes.skillsGap, { signal }),
  });
export const useCrossCity = () =>
  useQuery({
    queryKey: statsKeys.crossCity(),
    queryFn: ({ signal }) => call(statsRoutes.crossCity, { signal }),
  });

export const useTrend = (granularity: StatsTrendQuery['granularity']) =>
  useQuery({
    queryKey: statsKeys.trend(granularity),
    queryFn: ({ signal }) => call(statsRoutes.trend, { query: { granularity }, signal }),
    placeholderData: keepPreviousData,
  });
