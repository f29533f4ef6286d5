import {
  statsCrossCitySchema,
  statsFunnelSchema,
  statsOverviewSchema,
  statsSkillsGapSchema,
  statsTrendSchema,
  type StatsTrendQuery,
} from '@qs/shared';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
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

/** One figure of the statistics, fetched under its own key. */
const useFigure = <S extends z.ZodType>(key: readonly unknown[], path: string, schema: S) =>
  useQuery({ queryKey: key, queryFn: ({ signal }) => api.get(path, schema, { signal }) });

export const useStatsOverview = () =>
  useFigure(statsKeys.overview(), '/stats/overview', statsOverviewSchema);
export const useStatsFunnel = () =>
  useFigure(statsKeys.funnel(), '/stats/funnel', statsFunnelSchema);
export const useSkillsGap = () =>
  useFigure(statsKeys.skillsGap(), '/stats/skills-gap', statsSkillsGapSchema);
export const useCrossCity = () =>
  useFigure(statsKeys.crossCity(), '/stats/cross-city', statsCrossCitySchema);

export const useTrend = (granularity: StatsTrendQuery['granularity']) =>
  useQuery({
    queryKey: statsKeys.trend(granularity),
    queryFn: ({ signal }) =>
      api.get('/stats/trend', statsTrendSchema, { query: { granularity }, signal }),
    placeholderData: keepPreviousData,
  });
