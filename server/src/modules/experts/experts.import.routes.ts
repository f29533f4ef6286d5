import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { expertImportRoutes, type Actor } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import { ValidationError } from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { exportExpertsCsv } from './experts.export';
import { importExperts } from './experts.import';

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
        message: 'The upload is not a valid multipart body',
        details: [{ path: 'file', message: 'malformed multipart body' }],
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

export function registerExpertImportRoutes(api: ApiRouter): void {
  api.handle(
    expertImportRoutes.importExperts,
    async ({ actor, req }) => {
      const file = req.file;
      if (!file) {
        throw new ValidationError({
          message: 'Attach the spreadsheet as the multipart field "file"',
          details: [{ path: 'file', message: 'is required' }],
        });
      }
      return importExperts(file.buffer, { fileName: file.originalname, actorId: actor.id });
    },
    { before: [mayImport, upload] },
  );

  api.handle(expertImportRoutes.exportCsv, async ({ actor, res }) => {
    authorize(actor, 'experts:export', undefined);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="experts.csv"');
    await pipeline(Readable.from(exportExpertsCsv()), res).catch(unlessClientLeft);
  });
}
