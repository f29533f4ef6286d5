import { translate, type MessageKey, type MessageParams } from './i18n';

export interface ErrorDetail {
  path: string;
  /** In English here; the error handler says it in the caller's language when `code` is a message key. */
  message: string;
  code?: string;
  params?: MessageParams;
}

/** Without a key the caller reads its status's sentence: English never reaches a Chinese caller. */
interface AppErrorOptions {
  /** The message's key in the server's catalogue: the caller reads it in their language. */
  key?: MessageKey;
  params?: MessageParams;
  details?: ErrorDetail[];
  cause?: unknown;
}

/** A detail of an error by its catalogue key. */
export function detail(path: string, code: MessageKey, params?: MessageParams): ErrorDetail {
  return { path, message: translate('en', code, params), code, ...(params ? { params } : {}) };
}

/** The one error type: each subclass maps to a status and a code of the API contract. */
export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly details: ErrorDetail[] | undefined;
  readonly key: MessageKey | undefined;
  readonly params: MessageParams | undefined;

  constructor(defaultMessage: string, options: AppErrorOptions = {}) {
    const keyed = options.key ? translate('en', options.key, options.params) : undefined;
    super(keyed ?? defaultMessage, { cause: options.cause });
    this.details = options.details;
    this.key = options.key;
    this.params = options.params;
  }
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = 'validation_failed';
  constructor(options: AppErrorOptions = {}) {
    super('The request is not valid', options);
  }
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly code: string;
  constructor(options: AppErrorOptions & { code?: string } = {}) {
    super('Sign in first', options);
    this.code = options.code ?? 'unauthenticated';
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code: string;
  constructor(options: AppErrorOptions & { code?: string } = {}) {
    super('You may not do this', options);
    this.code = options.code ?? 'forbidden';
  }
}

export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(options: AppErrorOptions = {}) {
    super('Not found', options);
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = 'conflict';
  constructor(options: AppErrorOptions = {}) {
    super('This conflicts with the current state', options);
  }
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = 'payload_too_large';
  constructor(options: AppErrorOptions = {}) {
    super('The request body is too large', options);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = 'unsupported_media_type';
  constructor(options: AppErrorOptions = {}) {
    super('This content type is not supported', options);
  }
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = 'rate_limited';
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number, options: AppErrorOptions = {}) {
    super('Too many attempts; try again later', options);
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}

export class ServiceUnavailableError extends AppError {
  readonly status = 503;
  readonly code = 'unavailable';
  constructor(options: AppErrorOptions = {}) {
    super('The service is not ready', options);
  }
}
