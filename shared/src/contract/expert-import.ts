import { importQuerySchema, importSummarySchema } from '../schemas/import';
import { defineRoute } from './define';

const tags = ['Experts'];

const uploadDoc = {
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    },
  },
};

export const expertImportRoutes = {
  importExperts: defineRoute({
    method: 'post',
    path: '/admin/import/experts',
    summary:
      'Create or update experts from a .csv or .xlsx file (bureau, admin); bad rows are reported, never stop the good ones. `dryRun=true` answers what the file would do and writes nothing; created experts start verified unless `verified=false` (the web desk always says which)',
    tags,
    access: 'signed-in',
    query: importQuerySchema,
    bodyDoc: uploadDoc,
    response: importSummarySchema,
    errors: [400, 403, 413, 415],
  }),
  template: defineRoute({
    method: 'get',
    path: '/admin/import/experts/template.xlsx',
    summary:
      'An .xlsx template to fill in: the header row, drop-downs for pool, skills, sectors and availability, an example row (bureau, admin)',
    tags,
    access: 'signed-in',
    errors: [403],
  }),
  errorReport: defineRoute({
    method: 'post',
    path: '/admin/import/experts/report.xlsx',
    summary:
      'The uploaded file back as .xlsx with a column giving why each rejected row would not be imported, in the caller’s language; writes nothing (bureau, admin)',
    tags,
    access: 'signed-in',
    bodyDoc: uploadDoc,
    errors: [400, 403, 413, 415],
  }),
  exportXlsx: defineRoute({
    method: 'get',
    path: '/admin/export/experts.xlsx',
    summary: 'Every expert as an Excel workbook, in the columns the import reads (bureau, admin)',
    tags,
    access: 'signed-in',
    errors: [403],
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
