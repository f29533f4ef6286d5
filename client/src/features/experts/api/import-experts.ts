import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, apiUrl } from '../../../lib/api-client';

/** The answer of `POST /admin/import/experts`. */
export const importSummarySchema = z.object({
  rows: z.number().optional(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number().default(0),
  rejected: z.array(
    z.object({
      row: z.number(),
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  ),
  warnings: z.array(z.string()).default([]),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importAccept = '.csv,.xlsx';
export const importExtensions = ['.csv', '.xlsx'] as const;

/** Where the bureau downloads every expert as CSV, in the columns the import reads. */
export const exportExpertsUrl = apiUrl('/admin/export/experts.csv');

export function importExperts(file: File): Promise<ImportSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload('/admin/import/experts', form, importSummarySchema);
}

export const useImportExperts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importExperts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experts'] }),
  });
};
