import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { expertImportRoutes, type Actor } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { ValidationError, detail } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { XLSX_TYPE, sendXlsx } from '../../lib/xlsx';
import { exportExpertsCsv } from './experts.export';
import { importExperts, planImport } from './experts.import';
import { readSpreadsheet } from './import-file';
import { exportExpertsXlsx, importErrorReport, importTemplate } from './import-workbooks';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const parseUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
  // Browsers send Chinese file names as UTF-8; busboy's default would read them as Latin-1.
  defParamCharset: 'utf8',
}).single('file');

/** busboy's errors on a malformed multipart body carry no status, yet they are the client's. */
const upload: RequestHandler = (req, res, next) => {
  parseUpload(req, res, (err?: unknown) => {
    if (err === undefined || err instanceof multer.MulterError) return next(err);
    next(
      new ValidationError({
        key: 'malformed_multipart',
        details: [detail('file', 'malformed_multipart')],
      }),
    );
  });
};

const authorizeImport = ({ actor }: { actor: Actor | undefined }) =>
  authorize(actor, 'experts:import', undefined);

/** The same check ahead of multer, so a refused caller's upload is not even buffered. */
const mayImport: RequestHandler = (req, _res, next) => {
  authorizeImport({ actor: req.user as Actor | undefined });
  next();
};

/** A client that stops reading mid-download is not a server error. */
function unlessClientLeft(err: unknown): void {
  if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
}

function uploaded(req: Request): Express.Multer.File {
  if (req.file) return req.file;
  throw new ValidationError({ key: 'file_required', details: [detail('file', 'file_required')] });
}

export interface ExpertImportDeps {
  /**
   * Runs after an import that wrote experts, before it answers: the skill vocabulary learns their
   * words, so that needs matched right after an import are read with them.
   */
  afterImport: () => Promise<void>;
}

export function registerExpertImportRoutes(api: ApiRouter, deps: ExpertImportDeps): void {
  api.pipeline(
    expertImportRoutes.importExperts,
    {
      authorize: authorizeImport,
      command: async ({ actor, req, query, lang }) => {
        const file = uploaded(req);
        const summary = await importExperts(file.buffer, {
          fileName: file.originalname,
          actorId: actor.id,
          lang,
          // api.md: experts imported by the bureau start verified unless the importer says otherwise.
          verified: query.verified !== false,
          dryRun: query.dryRun === true,
        });
        if (summary.created + summary.updated > 0 && query.dryRun !== true)
          await deps.afterImport();
        return summary;
      },
      present: (_ctx, summary) => summary,
    },
    { before: [mayImport, upload] },
  );

  api.pipeline(
    expertImportRoutes.errorReport,
    {
      authorize: authorizeImport,
      command: async ({ req, lang }) => {
        const file = uploaded(req);
        const sheet = await readSpreadsheet(file.buffer, file.originalname);
        const options = { fileName: file.originalname, lang, verified: false, dryRun: true };
        const { summary } = await planImport(sheet, options);
        return importErrorReport(sheet, summary, lang);
      },
      present: ({ res }, workbook) => sendXlsx(res, workbook, 'import-errors.xlsx'),
    },
    { before: [mayImport, upload] },
  );

  api.pipeline(expertImportRoutes.template, {
    authorize: authorizeImport,
    command: ({ lang }) => importTemplate(lang),
    present: ({ res }, workbook) => sendXlsx(res, workbook, 'experts-template.xlsx'),
  });

  api.pipeline(expertImportRoutes.exportCsv, {
    authorize: ({ actor }) => authorize(actor, 'experts:export', undefined),
    present: async ({ res }) => {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="experts.csv"');
      await pipeline(Readable.from(exportExpertsCsv()), res).catch(unlessClientLeft);
    },
  });

  api.pipeline(expertImportRoutes.exportXlsx, {
    authorize: ({ actor }) => authorize(actor, 'experts:export', undefined),
    present: async ({ res }) => {
      res.setHeader('Content-Type', XLSX_TYPE);
      res.setHeader('Content-Disposition', 'attachment; filename="experts.xlsx"');
      await exportExpertsXlsx(res).catch(unlessClientLeft);
    },
  });
}
