import { statsFilterQuerySchema } from '../schemas/stats';
import { defineRoute } from './define';

/** The statistics as an Excel workbook, beside the CSV of `statsRoutes.exportCsv`. */
export const statsExportRoutes = {
  exportXlsx: defineRoute({
    method: 'get',
    path: '/stats/export.xlsx',
    summary:
      'All statistics as an Excel workbook, a row per number, labelled in the caller’s language (bureau, admin)',
    tags: ['Statistics'],
    access: 'signed-in',
    query: statsFilterQuerySchema,
    errors: [403],
  }),
};
