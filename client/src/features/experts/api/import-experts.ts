import { expertImportRoutes, type ImportSummary } from '@qs/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call, callForFile, routeUrl } from '../../../lib/api-client';

export type { ImportSummary };

export const importAccept = '.csv,.xlsx';
export const importExtensions = ['.csv', '.xlsx'] as const;

/** Where the bureau downloads every expert as CSV, in the columns the import reads. */
export const exportExpertsUrl = routeUrl(expertImportRoutes.exportCsv);

const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

export interface ImportInput {
  file: File;
  /** Created experts start verified (the clerk ticked it). */
  verified: boolean;
}

/** What the file would do; nothing is written. */
export function previewImport({ file, verified }: ImportInput): Promise<ImportSummary> {
  return call(expertImportRoutes.importExperts, {
    query: { dryRun: true, verified },
    body: formOf(file),
  });
}

export function importExperts({ file, verified }: ImportInput): Promise<ImportSummary> {
  return call(expertImportRoutes.importExperts, { query: { verified }, body: formOf(file) });
}

export const usePreviewImport = () => useMutation({ mutationFn: previewImport });

export const useImportExperts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importExperts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['experts'] }),
  });
};

/** The .xlsx template, in the user's language. */
export const downloadTemplate = () => callForFile(expertImportRoutes.template);

/** The uploaded file back with the reason of each rejected row. */
export const downloadErrorReport = (file: File) =>
  callForFile(expertImportRoutes.errorReport, { body: formOf(file) });

export const downloadExpertsXlsx = () => callForFile(expertImportRoutes.exportXlsx);
