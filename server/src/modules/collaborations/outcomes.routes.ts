import { pipeline } from 'node:stream/promises';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import {
  collaborationRoutes,
  idSchema,
  OUTCOME_FILE_MAX_BYTES,
  outcomeRoutes,
  type Actor,
} from '@qs/shared';
import {
  NotFoundError,
  PayloadTooLargeError,
  UnauthenticatedError,
  ValidationError,
  detail,
} from '../../lib/errors';
import type { ApiRouter } from '../../lib/http/api-router';
import { parse } from '../../lib/validate';
import {
  authorizeCollaboration,
  completeCollaboration,
  loadCollaboration,
  presentOne,
} from './collaborations.service';
import { openOutcomeFile } from './outcome-files';

const parseUpload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: OUTCOME_FILE_MAX_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 },
  // Browsers send Chinese file names as UTF-8; busboy's default would read them as Latin-1.
  defParamCharset: 'utf8',
}).single('file');

/** Multipart fields are text; hours written as a number are read as one, as in JSON. */
function outcomeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const { hoursSpent, ...rest } = fields;
  const hours =
    typeof hoursSpent === 'string' &&
    hoursSpent.trim() !== '' &&
    Number.isFinite(Number(hoursSpent))
      ? Number(hoursSpent)
      : hoursSpent;
  return { ...rest, ...(hours === undefined ? {} : { hoursSpent: hours }) };
}

const upload: RequestHandler = (req, res, next) => {
  parseUpload(req, res, (err?: unknown) => {
    if (err === undefined) {
      if (req.is('multipart/form-data')) req.body = outcomeFields({ ...req.body });
      return next();
    }
    if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
      return next(
        new PayloadTooLargeError({
          key: 'file_too_large',
          params: { megabytes: 20 },
          details: [detail('file', 'file_at_most', { megabytes: 20 })],
        }),
      );
    if (err instanceof multer.MulterError) return next(err);
    next(
      new ValidationError({
        key: 'malformed_multipart',
        details: [detail('file', 'malformed_multipart')],
      }),
    );
  });
};

const idOnly = z.strictObject({ id: idSchema });

/** Runs ahead of multer, so that only the collaboration's sides get an upload buffered. */
const partiesOnly: RequestHandler = async (req, _res, next) => {
  if (!req.is('multipart/form-data')) return next();
  const actor = req.user as Actor | undefined;
  if (!actor) throw new UnauthenticatedError();
  const { id } = parse(idOnly, req.params);
  authorizeCollaboration(actor, 'collaborations:move', await loadCollaboration(id));
  next();
};

/** A client that stops reading mid-download is not a server error. */
function unlessClientLeft(err: unknown): void {
  if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
}

const load = ({ params }: { params: { id: string } }) => loadCollaboration(params.id);

/** Completing with the outcome (JSON, or multipart with its file) and downloading that file. */
export function registerOutcomeRoutes(api: ApiRouter): void {
  api.pipeline(
    collaborationRoutes.complete,
    {
      load,
      authorize: ({ actor }, collaboration) =>
        authorizeCollaboration(actor, 'collaborations:move', collaboration),
      command: ({ actor, body, req }, collaboration) =>
        completeCollaboration(actor, collaboration, body, req.file),
      present: async (_ctx, collaboration) => ({ collaboration: await presentOne(collaboration) }),
    },
    { before: [partiesOnly, upload] },
  );

  // Never inline: a file shown by the browser on the platform's origin could run as its page.
  api.pipeline(outcomeRoutes.downloadFile, {
    load,
    authorize: ({ actor }, collaboration) =>
      authorizeCollaboration(actor, 'collaborations:download-outcome', collaboration),
    present: async ({ res }, collaboration) => {
      const file = collaboration.outcome?.file;
      if (!file) throw new NotFoundError({ key: 'no_outcome_file' });
      res.attachment(file.name);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.size));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(openOutcomeFile(file.id), res).catch(unlessClientLeft);
    },
  });
}
