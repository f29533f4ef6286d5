import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { inferredSkillSchema } from '@qs/shared';
import { api } from '../../../lib/api-client';

export const suggestionSchema = z.object({
  skills: z.array(z.string()),
  sectors: z.array(z.string()),
  /** skills the text does not name but its words point to, with those words */
  inferred: z.array(inferredSkillSchema),
});
export type TermSuggestion = z.infer<typeof suggestionSchema>;

/** The server's limit on the text it reads. */
export const SUGGEST_MAX_LENGTH = 4000;

export function suggestTerms(text: string, signal?: AbortSignal): Promise<TermSuggestion> {
  return api.get('/taxonomy/suggest', suggestionSchema, {
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
