import {
  type ExtractionDto,
  type ExtractionInput,
  extractionInputSchema,
  matchingRoutes,
} from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export { extractionInputSchema, type ExtractionDto, type ExtractionInput };

export const extractionsQueryKey = (needId: string) => ['matching', 'extractions', needId] as const;

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
