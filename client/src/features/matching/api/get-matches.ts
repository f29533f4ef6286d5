import type { matchResponseSchema } from '@qs/shared';
import { matchingRoutes, type MatchQuery, matchQuerySchema } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';
import { toLanguage } from '../../../lib/i18n';

export { matchQuerySchema, type MatchQuery };
export type MatchResult = z.infer<typeof matchResponseSchema>;

export function getMatches(
  needId: string,
  query: MatchQuery,
  signal?: AbortSignal,
): Promise<MatchResult> {
  return call(matchingRoutes.matches, { params: { id: needId }, query, signal });
}

/** Every match list of a need, whatever its filters: to fetch them again after invitations. */
export const matchesKey = (needId: string) => ['matching', 'matches', needId] as const;

/** The reasons are written in the request's language, so the language is part of the key. */
export const getMatchesQueryOptions = (needId: string, query: MatchQuery, language: string) =>
  queryOptions({
    queryKey: [...matchesKey(needId), query, language],
    queryFn: ({ signal }) => getMatches(needId, query, signal),
    placeholderData: keepPreviousData,
  });

/** Ranked experts for a need, each with the reasons of its score. */
export function useMatches(needId: string, query: MatchQuery) {
  const { i18n } = useTranslation();
  return useQuery(getMatchesQueryOptions(needId, query, toLanguage(i18n.resolvedLanguage)));
}
