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

/** Runs ahead of multer, so a caller who may not import is refused before the upload is buffered. */
const mayImport: RequestHandler = (req, _res, next) => {
  authorize(req.user as Actor | undefined, 'experts:import', undefined);
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

export function registerExpertImportRoutes(api: ApiRouter): void {
  api.handle(
    expertImportRoutes.importExperts,
    async ({ actor, req, query, lang }) => {
      const file = uploaded(req);
      return importExperts(file.buffer, {
        fileName: file.originalname,
        actorId: actor.id,
        lang,
        // api.md: experts imported by the bureau start verified unless the importer says otherwise.
        verified: query.verified !== false,
        dryRun: query.dryRun === true,
      });
    },
    { before: [mayImport, upload] },
  );

  api.handle(
    expertImportRoutes.errorReport,
    async ({ req, res, lang }) => {
      const file = uploaded(req);
      const sheet = await readSpreadsheet(file.buffer, file.originalname);
      const options = { fileName: file.originalname, lang, verified: false, dryRun: true };
      const { summary } = await planImport(sheet, options);
      sendXlsx(res, await importErrorReport(sheet, summary, lang), 'import-errors.xlsx');
    },
    { before: [mayImport, upload] },
  );

  api.handle(expertImportRoutes.template, async ({ actor, res, lang }) => {
    authorize(actor, 'experts:import', undefined);
    sendXlsx(res, await importTemplate(lang), 'experts-template.xlsx');
  });

  api.handle(expertImportRoutes.exportCsv, async ({ actor, res }) => {
    authorize(actor, 'experts:export', undefined);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="experts.csv"');
    await pipeline(Readable.from(exportExpertsCsv()), res).catch(unlessClientLeft);
  });

  api.handle(expertImportRoutes.exportXlsx, async ({ actor, res }) => {
    authorize(actor, 'experts:export', undefined);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', 'attachment; filename="experts.xlsx"');
    await exportExpertsXlsx(res).catch(unlessClientLeft);
  });
}
