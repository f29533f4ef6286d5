import { expertImportRoutes, type ImportSummary } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, routeUrl } from '../../../lib/api-client';

export type { ImportSummary };

export const importAccept = '.csv,.xlsx';
export const importExtensions = ['.csv', '.xlsx'] as const;

/** Where the bureau downloads every expert as CSV, in the columns the import reads. */
export const exportExpertsUrl = routeUrl(expertImportRoutes.exportCsv);

export function importExperts(file: File): Promise<ImportSummary> {
  const form = new FormData();
  form.append('file', file, file.name);
  return call(expertImportRoutes.importExperts, { body: form });
}

export const useImportExperts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importExperts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experts'] }),
  });
};
