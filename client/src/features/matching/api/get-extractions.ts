import { type ExtractionDto, extractionInputSchema, matchingRoutes } from '@qs/shared';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../../lib/api-client';

export { extractionInputSchema, type ExtractionDto };
/** What the form sends: reserves, invite and expiry take the contract's defaults. */
export type ExtractionInput = z.input<typeof extractionInputSchema>;

export const extractionsQueryKey = (needId: string) => ['matching', 'extractions', needId] as const;
export const extractionsKeyPrefix = ['matching', 'extractions'] as const;

export async function getExtractions(
  needId: string,
  signal?: AbortSignal,
): Promise<ExtractionDto[]> {
  const { items } = await call(matchingRoutes.extractions, { params: { id: needId }, signal });
  return items;
}

export const getExtractionsQueryOptions = (needId: string) =>
  queryOptions({
    queryKey: extractionsQueryKey(needId),
    queryFn: ({ signal }) => getExtractions(needId, signal),
  });

/** The recorded draws of a need. */
export const useExtractions = (needId: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getExtractionsQueryOptions(needId), ...options });

/** A draw as the server has it now (created, topped up, or pushed live): first in its need's list. */
export function applyExtraction(queryClient: QueryClient, extraction: ExtractionDto): void {
  queryClient.setQueryData<ExtractionDto[]>(extractionsQueryKey(extraction.needId), (past) =>
    past
      ? past.some((item) => item.id === extraction.id)
        ? past.map((item) => (item.id === extraction.id ? extraction : item))
        : [extraction, ...past]
      : past,
  );
}
