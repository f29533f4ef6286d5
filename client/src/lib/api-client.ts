import { authRoutes, errorBodySchema, type RouteContract, type SchemaAt } from '@qs/shared';
import { z } from 'zod';
import { env } from '../config/env';

export interface ApiErrorDetail {
  /** Dotted path of the offending field, e.g. `organization.name`. */
  path: string;
  /** In the language the request asked for. */
  message: string;
  /** What went wrong, for a client that says it in its own words (`errors.details.<code>`). */
  code?: string;
  params?: Record<string, string | number>;
}

interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: ApiErrorDetail[];
  retryAfterSeconds?: number | null;
}

/** Every failed call ends here: an HTTP error body, a network failure or an unexpected answer. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];
  /** From the `Retry-After` header of a 429 or 503. */
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** For calls that answer 204. */
const noContentSchema = z.undefined();

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryScalar = string | number | boolean | null | undefined;
/** Arrays are sent comma-separated (`skills=a,b`), as the API's list filters read them. */
type QueryValue = QueryScalar | readonly (string | number)[];

interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** The answer is a file (an .xlsx), not JSON: answer its bytes. */
  file?: boolean;
}

let csrfToken: Promise<string> | null = null;

let currentLanguage: () => string | undefined = () => undefined;

/**
 * Where requests read the user's language from, sent as `Accept-Language` so that texts the
 * server writes (match reasons…) come in that language. The app wires it to i18next.
 */
export function setRequestLanguage(language: () => string | undefined): void {
  currentLanguage = language;
}

/** Forget the CSRF token; the session behind it changes on login, logout and register. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    const pending = call(authRoutes.csrf).then((answer) => answer.csrfToken);
    // A failed fetch must not stick: the next request asks again.
    pending.catch(() => {
      if (csrfToken === pending) resetCsrfToken();
    });
    csrfToken = pending;
  }
  return csrfToken;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return `${env.apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = errorBodySchema.safeParse(await readBody(response).catch(() => undefined));
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (!body.success) {
    return new ApiError({
      status: response.status,
      code: response.status >= 500 ? 'internal' : 'http_error',
      message: response.statusText || `HTTP ${response.status}`,
      retryAfterSeconds,
    });
  }
  const { code, message, details } = body.data.error;
  return new ApiError({
    status: response.status,
    code,
    message,
    details,
    retryAfterSeconds,
  });
}

async function send<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body: unknown,
  options: RequestOptions,
  isRetry = false,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const language = currentLanguage();
  if (language) headers['Accept-Language'] = language;
  const isForm = body instanceof FormData;
  // A multipart body gets its Content-Type, with the boundary, from fetch itself.
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await getCsrfToken();

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'network_error', message: String(cause) });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    // The token may belong to a session that expired or was replaced; fetch a fresh one once.
    if (error.status === 403 && error.code === 'csrf_failed' && !isRetry) {
      resetCsrfToken();
      return send(method, path, schema, body, options, true);
    }
    throw error;
  }

  if (options.file) return (await response.blob()) as z.infer<S>;
  const payload = response.status === 204 ? undefined : await readBody(response);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'invalid_response',
      message: `Unexpected answer from ${method} ${path}: ${parsed.error.message}`,
    });
  }
  return parsed.data;
}

type Absent<C, K extends 'params' | 'query' | 'body'> = [SchemaAt<C, K>] extends [never]
  ? true
  : false;
type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/**
 * A query as the caller means it: the parsed values (arrays, numbers, booleans), sent as the
 * server reads them; what the server defaults may be left out.
 */
export type QueryOf<Q extends z.ZodType> = {
  [K in Exclude<keyof z.output<Q>, OptionalKeys<z.input<Q>>>]: z.output<Q>[K];
} & { [K in keyof z.output<Q> & OptionalKeys<z.input<Q>>]?: z.output<Q>[K] };

/** What a call of route `C` sends: its path parameters, query and body, each typed by its schema. */
export type CallInput<C> = (Absent<C, 'params'> extends true
  ? { params?: undefined }
  : { params: z.input<SchemaAt<C, 'params'>> }) &
  (Absent<C, 'query'> extends true
    ? { query?: undefined }
    : { query?: QueryOf<SchemaAt<C, 'query'>> }) &
  (Absent<C, 'body'> extends true
    ? [Exclude<C[keyof C & 'bodyDoc'], undefined>] extends [never]
      ? { body?: undefined }
      : { body: FormData }
    : {
        // A route that also documents a multipart body takes its file as FormData.
        body:
          | z.input<SchemaAt<C, 'body'>>
          | ([Exclude<C[keyof C & 'bodyDoc'], undefined>] extends [never] ? never : FormData);
      }) & { signal?: AbortSignal };

/** What a call of route `C` answers, checked against its response schema. */
export type CallOutput<C> = [SchemaAt<C, 'response'>] extends [never]
  ? undefined
  : z.output<SchemaAt<C, 'response'>>;

type CallArgs<C> = object extends CallInput<C> ? [input?: CallInput<C>] : [input: CallInput<C>];

function pathOf(route: RouteContract, params: Record<string, string> | undefined): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`${route.path}: missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** Calls one route of the shared contract; the answer is checked against its response schema. */
export function call<C extends RouteContract>(
  route: C,
  ...[input]: CallArgs<C>
): Promise<CallOutput<C>> {
  const { params, query, body, signal } = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
  };
  return send(
    route.method.toUpperCase() as Method,
    pathOf(route, params),
    route.response ?? noContentSchema,
    body,
    { query, signal },
  ) as Promise<CallOutput<C>>;
}

/**
 * Calls a route that answers a file (an .xlsx), sent as `call` sends (language, CSRF token), so
 * the file comes in the user's language.
 */
export function callForFile<C extends RouteContract>(
  route: C,
  ...[input]: CallArgs<C>
): Promise<Blob> {
  const { params, query, body, signal } = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
    body?: unknown;
    signal?: AbortSignal;
  };
  return send(
    route.method.toUpperCase() as Method,
    pathOf(route, params),
    z.instanceof(Blob),
    body,
    { query, signal, file: true },
  );
}

/** The address of a route for a plain link, e.g. a file download. */
export function routeUrl<C extends RouteContract>(route: C, ...[input]: CallArgs<C>): string {
  const { params, query } = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, QueryValue>;
  };
  return buildUrl(pathOf(route, params), query);
}
