import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@qs/shared';
import {
  AppError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../errors';
import type { Logger } from '../logger';

interface LibraryError {
  type?: string;
  code?: string;
  status?: number;
  field?: string;
}

/** Errors thrown by Express's body parsers, multer and csrf-sync, in the contract's terms. */
function fromLibrary(err: LibraryError): AppError | undefined {
  if (err.type === 'entity.parse.failed') {
    return new ValidationError({
      message: 'The body is not valid JSON',
      details: [{ path: 'body', message: 'malformed JSON' }],
    });
  }
  if (err.type === 'entity.too.large' || err.code === 'LIMIT_FILE_SIZE') {
    return new PayloadTooLargeError();
  }
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') {
    return new UnsupportedMediaTypeError();
  }
  if (err.code === 'EBADCSRFTOKEN') {
    return new ForbiddenError({
      code: 'csrf_failed',
      message: 'Missing or invalid x-csrf-token header; get one from GET /api/v1/auth/csrf',
    });
  }
  if (err.code?.startsWith('LIMIT_')) {
    return new ValidationError({
      message: 'The upload is not valid',
      details: [{ path: err.field ?? 'file', message: err.code.toLowerCase() }],
    });
  }
  return undefined;
}

export function errorBody(err: AppError): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    },
  };
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new NotFoundError({ message: `No route for ${req.method} ${req.path}` });
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const known = err instanceof AppError ? err : fromLibrary((err ?? {}) as LibraryError);
    if (!known) {
      (req.log ?? logger).error({ err }, 'unhandled error');
      res.status(500).json({ error: { code: 'internal', message: 'Something went wrong' } });
      return;
    }
    if (known instanceof RateLimitedError)
      res.setHeader('Retry-After', String(known.retryAfterSeconds));
    res.status(known.status).json(errorBody(known));
  };
}
