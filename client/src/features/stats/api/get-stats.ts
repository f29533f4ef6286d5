import { statsRoutes, type StatsFilterQuery, type StatsTrendQuery } from '@qs/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

/**
 * Every statistics query starts with `all`: one push of `stats:updated` refetches them all,
 * whatever filters they were read with.
 */
export const statsKeys = {
  all: ['stats'] as const,
  overview: (filters: StatsFilterQuery) => [...statsKeys.all, 'overview', filters] as const,
  funnel: (filters: StatsFilterQuery) => [...statsKeys.all, 'funnel', filters] as const,
  skillsGap: (filters: StatsFilterQuery) => [...statsKeys.all, 'skills-gap', filters] as const,
  crossCity: (filters: StatsFilterQuery) => [...statsKeys.all, 'cross-city', filters] as const,
  pairs: (filters: StatsFilterQuery, page: number) =>
    [...statsKeys.all, 'cross-city-pairs', filters, page] as const,
  trend: (granularity: StatsTrendQuery['granularity'], filters: StatsFilterQuery) =>
    [...statsKeys.all, 'trend', granularity, filters] as const,
};

export function invalidateStats(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: statsKeys.all });
}

// The last figures stay on screen while those of new filters load.
export const useStatsOverview = (filters: StatsFilterQuery) =>
  useQuery({
    queryKey: statsKeys.overview(filters),
    queryFn: ({ signal }) => call(statsRoutes.overview, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
export const useStatsFunnel = (filters: StatsFilterQuery) =>
  useQuery({
    queryKey: statsKeys.funnel(filters),
    queryFn: ({ signal }) => call(statsRoutes.funnel, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
export const useSkillsGap = (filters: StatsFilterQuery) =>
  useQuery({
    queryKey: statsKeys.skillsGap(filters),
    queryFn: ({ signal }) => call(statsRoutes.skillsGap, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
export const useCrossCity = (filters: StatsFilterQuery) =>
  useQuery({
    queryKey: statsKeys.crossCity(filters),
    queryFn: ({ signal }) => call(statsRoutes.crossCity, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
export const useCrossCityPairs = (filters: StatsFilterQuery, page: number, limit: number) =>
  useQuery({
    queryKey: statsKeys.pairs(filters, page),
    queryFn: ({ signal }) =>
      call(statsRoutes.crossCityPairs, { query: { ...filters, page, limit }, signal }),
    placeholderData: keepPreviousData,
  });

export const useTrend = (granularity: StatsTrendQuery['granularity'], filters: StatsFilterQuery) =>
  useQuery({
    queryKey: statsKeys.trend(granularity, filters),
    queryFn: ({ signal }) =>
      call(statsRoutes.trend, { query: { granularity, ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
