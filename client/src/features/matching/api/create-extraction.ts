import { matchingRoutes } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../lib/api-client';
import {
  applyExtraction,
  extractionInputSchema,
  extractionsQueryKey,
  type ExtractionDto,
  type ExtractionInput,
} from './get-extractions';

export function createExtraction(needId: string, input: ExtractionInput): Promise<ExtractionDto> {
  return call(matchingRoutes.extract, {
    params: { id: needId },
    body: extractionInputSchema.parse(input),
  });
}

/** A new recorded random draw of qualified experts for the need. */
export const useCreateExtraction = (needId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExtractionInput) => createExtraction(needId, input),
    onSuccess: (extraction) => {
      queryClient.setQueryData<ExtractionDto[]>(extractionsQueryKey(needId), (past) => [
        extraction,
        ...(past ?? []).filter((item) => item.id !== extraction.id),
      ]);
    },
  });
};

/** Draws more reserves for a draw; with invite, empty seats are filled at once. */
export const useTopUpExtraction = (needId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { extractionId: string; count: number }) =>
      call(matchingRoutes.topUp, {
        params: { id: needId, extractionId: input.extractionId },
        body: { count: input.count },
      }),
    onSuccess: (extraction) => applyExtraction(queryClient, extraction),
  });
};
