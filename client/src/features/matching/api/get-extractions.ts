import {
  extractionDtoSchema,
  extractionInputSchema,
  type ExtractionDto,
  type ExtractionInput,
} from '@qs/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';

export { extractionInputSchema, type ExtractionDto, type ExtractionInput };

const extractionListSchema = z.object({ items: z.array(extractionDtoSchema) });

export const extractionsQueryKey = (needId: string) => ['matching', 'extractions', needId] as const;

export async function getExtractions(
  needId: string,
  signal?: AbortSignal,
): Promise<ExtractionDto[]> {
  const { items } = await api.get(
    `/needs/${encodeURIComponent(needId)}/extraction`,
    extractionListSchema,
    { signal },
  );
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
