import { taxonomyRoutes } from '@qs/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call, type CallOutput } from '../../../lib/api-client';

export type TermSuggestion = CallOutput<typeof taxonomyRoutes.suggest>;

/** The server's limit on the text it reads. */
export const SUGGEST_MAX_LENGTH = 4000;

export function suggestTerms(text: string, signal?: AbortSignal): Promise<TermSuggestion> {
  return call(taxonomyRoutes.suggest, {
    query: { text: text.slice(0, SUGGEST_MAX_LENGTH) },
    signal,
  });
}

export const suggestTermsQueryOptions = (text: string) =>
  queryOptions({
    queryKey: ['taxonomy', 'suggest', text],
    queryFn: ({ signal }) => suggestTerms(text, signal),
    enabled: text.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

/** Skills and sectors named in `text`, and skills its words point to (pass a debounced text). */
export const useSuggestTerms = (text: string) => useQuery(suggestTermsQueryOptions(text));
