import { importSummarySchema } from '../schemas/import';
import { defineRoute } from './define';

const tags = ['Experts'];

export const expertImportRoutes = {
  importExperts: defineRoute({
    method: 'post',
    path: '/admin/import/experts',
    summary:
      'Create or update experts from a .csv or .xlsx file (bureau, admin); bad rows are reported, never stop the good ones',
    tags,
    access: 'signed-in',
    bodyDoc: {
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', format: 'binary' } },
          },
        },
      },
    },
    response: importSummarySchema,
    errors: [400, 403, 413, 415],
  }),
  exportCsv: defineRoute({
    method: 'get',
    path: '/admin/export/experts.csv',
    summary:
      'Every expert as CSV (UTF-8 with BOM), in the columns the import reads (bureau, admin)',
    tags,
    access: 'signed-in',
    errors: [403],
  }),
};
