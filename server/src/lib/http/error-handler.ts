import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorBody } from '@qs/shared';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  UnsupportedMediaTypeError,
  ValidationError,
  detail,
  type ErrorDetail,
} from '../errors';
import { isMessageKey, languageOf, translate, type Lang, type MessageKey } from '../i18n';
import type { Logger } from '../logger';

/** One property of whatever was thrown, read without trusting its shape (getters may throw too). */
function property(thrown: unknown, key: string): unknown {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  try {
    return (thrown as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
const asNumber = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** MongoDB's E11000: a unique index refused the write. */
const DUPLICATE_KEY = 11000;

/**
 * Errors of the libraries in front of the routes (Express's router and body parsers, multer,
 * csrf-sync) and of the database, in the contract's terms; anything else is not recognised.
 */
function fromLibrary(thrown: unknown): AppError | undefined {
  const type = asString(property(thrown, 'type'));
  const code = property(thrown, 'code');
  const status = asNumber(property(thrown, 'status')) ?? asNumber(property(thrown, 'statusCode'));
  if (type === 'entity.parse.failed') {
    return new ValidationError({
      key: 'body_not_json',
      details: [detail('body', 'malformed_json')],
    });
  }
  if (type === 'entity.too.large' || code === 'LIMIT_FILE_SIZE' || status === 413) {
    return new PayloadTooLargeError();
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported' || status === 415) {
    return new UnsupportedMediaTypeError();
  }
  if (code === 'EBADCSRFTOKEN') {
    return new ForbiddenError({ code: 'csrf_failed', key: 'csrf_failed' });
  }
  if (typeof code === 'string' && code.startsWith('LIMIT_')) {
    return new ValidationError({
      key: 'upload_invalid',
      details: [
        detail(asString(property(thrown, 'field')) ?? 'file', 'upload_limit', {
          limit: code.toLowerCase(),
        }),
      ],
    });
  }
  if (code === DUPLICATE_KEY) {
    return new ConflictError({ key: 'duplicate_record' });
  }
  if (thrown instanceof URIError) {
    return new ValidationError({
      key: 'url_invalid',
      details: [detail('url', 'malformed_url')],
    });
  }
  // Other client errors of the parsers (a body that does not inflate, an aborted upload).
  if (status !== undefined && status >= 400 && status < 500) {
    const exposed = property(thrown, 'expose') === true;
    const message = exposed ? asString(property(thrown, 'message')) : undefined;
    return new ValidationError({
      key: 'request_unreadable',
      details: [message ? { path: 'body', message } : detail('body', 'unreadable_body')],
    });
  }
  return undefined;
}

/** What a Chinese caller reads for an error no key describes: the sentence of its status. */
const messageOfStatus: Record<number, MessageKey> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
};

/** The error's message in the caller's language; English text never reaches a Chinese caller. */
function messageOf(err: AppError, lang: Lang): string {
  if (err.key) return translate(lang, err.key, err.params);
  if (lang === 'en') return err.message;
  if (isMessageKey(err.code)) return translate(lang, err.code);
  return translate(lang, messageOfStatus[err.status] ?? 'internal');
}

function localizedDetail(item: ErrorDetail, lang: Lang): ErrorDetail {
  if (!item.code || !isMessageKey(item.code)) return item;
  return { ...item, message: translate(lang, item.code, item.params) };
}

/** The contract's error body, in the caller's language (Chinese unless English comes first). */
export function errorBody(err: AppError, lang: Lang = 'zh'): ErrorBody {
  return {
    error: {
      code: err.code,
      message: messageOf(err, lang),
      ...(err.params ? { params: err.params } : {}),
      ...(err.details ? { details: err.details.map((item) => localizedDetail(item, lang)) } : {}),
    },
  };
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new NotFoundError({ key: 'no_route', params: { method: req.method, path: req.path } });
};

const internalBody = (lang: Lang) => ({
  error: { code: 'internal', message: translate(lang, 'internal') },
});

/** Answers 500 below Express: what is left when answering through it failed. */
function lastResort(res: Response): void {
  try {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(internalBody('zh')));
  } catch {
    res.destroy();
  }
}

/**
 * The contract's error body for anything thrown. Never throws itself: a failure here would reach
 * Express's default handler, which answers HTML with the stack outside production.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    const log = req.log ?? logger;
    try {
      if (res.headersSent) return next(err);
      const lang = languageOf(req.get('accept-language'));
      const known = err instanceof AppError ? err : fromLibrary(err);
      if (!known) {
        log.error({ err }, 'unhandled error');
        res.status(500).json(internalBody(lang));
        return;
      }
      // A duplicate key no route named: the caller gets a generic 409, the route deserves a look.
      if (known !== err && known instanceof ConflictError)
        log.warn({ err }, 'duplicate key reached the error handler');
      if (known instanceof RateLimitedError)
        res.setHeader('Retry-After', String(known.retryAfterSeconds));
      res.status(known.status).json(errorBody(known, lang));
    } catch (failure) {
      lastResort(res);
      try {
        log.error({ err: failure }, 'the error handler failed');
      } catch {
        // Nothing is left to tell it to.
      }
    }
  };
}
