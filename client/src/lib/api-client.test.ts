import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  authRoutes,
  expertImportRoutes,
  expertRoutes,
  needRoutes,
  notificationRoutes,
  taxonomyRoutes,
} from '@qs/shared';
import { ApiError, call, resetCsrfToken, routeUrl, setRequestLanguage } from './api-client';

type Call = { url: string; method: string; headers: Record<string, string> };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A fake server: answers in order, recording what the client sent. */
function fakeServer(...answers: ((call: Call) => Response)[]) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const call = {
      url,
      method: init.method ?? 'GET',
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const answer = answers.shift();
    if (!answer) throw new Error(`unexpected request ${call.method} ${url}`);
    return answer(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const readAll = { updated: 2, unread: 0 };
const suggestions = { skills: [], sectors: [], inferred: [] };

beforeEach(() => resetCsrfToken());
afterEach(() => {
  vi.unstubAllGlobals();
  setRequestLanguage(() => undefined);
});

describe('api client', () => {
  it('when two POSTs are sent, then both carry the CSRF token, fetched only once', async () => {
    const calls = fakeServer(
      () => json(200, { csrfToken: 'token-1' }),
      () => json(200, readAll),
      () => json(200, readAll),
    );

    await call(notificationRoutes.markAllRead);
    await call(notificationRoutes.markAllRead);

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/auth/csrf',
      'POST /api/v1/notifications/read-all',
      'POST /api/v1/notifications/read-all',
    ]);
    expect(calls[1]?.headers['x-csrf-token']).toBe('token-1');
    expect(calls[2]?.headers['x-csrf-token']).toBe('token-1');
  });

  it('when a GET is sent, then no CSRF token is fetched and the query is encoded', async () => {
    const calls = fakeServer(() => json(200, suggestions));

    await call(taxonomyRoutes.suggest, { query: { text: '工业 互联网' } });

    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      '/api/v1/taxonomy/suggest?text=%E5%B7%A5%E4%B8%9A+%E4%BA%92%E8%81%94%E7%BD%91',
    );
    expect(routeUrl(expertRoutes.list, { query: { q: '边缘', page: 2, city: undefined } })).toBe(
      '/api/v1/experts?q=%E8%BE%B9%E7%BC%98&page=2',
    );
  });

  it('when a route has path parameters, then they are encoded into its path', () => {
    expect(routeUrl(needRoutes.get, { params: { id: 'a/b c' } })).toBe('/api/v1/needs/a%2Fb%20c');
  });

  it('when a filter is a list, then it is sent comma-separated and empty filters are left out', async () => {
    expect(
      routeUrl(expertRoutes.list, {
        query: { skills: ['tsn', 'edge-computing'], pool: [], q: '' },
      }),
    ).toBe('/api/v1/experts?skills=tsn%2Cedge-computing');
  });

  it('when the app has a language, then every request names it in Accept-Language', async () => {
    setRequestLanguage(() => 'en');
    const calls = fakeServer(
      () => json(200, suggestions),
      () => json(200, { csrfToken: 't' }),
      () => json(200, readAll),
    );

    await call(taxonomyRoutes.suggest, { query: { text: 'x' } });
    await call(notificationRoutes.markAllRead);

    expect(calls.map((c) => c.headers['Accept-Language'])).toEqual(['en', 'en', 'en']);
  });

  it('when a form is uploaded, then fetch sets the multipart type and the CSRF token is sent', async () => {
    const calls = fakeServer(
      () => json(200, { csrfToken: 't' }),
      () =>
        json(200, {
          rows: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          rejected: [],
          warnings: [],
          dryRun: false,
          verified: false,
        }),
    );
    const form = new FormData();
    form.append('file', new Blob(['name\n']), 'experts.csv');

    await call(expertImportRoutes.importExperts, { body: form });

    expect(calls[1]?.headers['Content-Type']).toBeUndefined();
    expect(calls[1]?.headers['x-csrf-token']).toBe('t');
    expect(vi.mocked(fetch).mock.calls[1]?.[1]?.body).toBe(form);
  });

  it('when the server answers csrf_failed, then a fresh token is fetched and the request retried once', async () => {
    const calls = fakeServer(
      () => json(200, { csrfToken: 'stale' }),
      () => json(403, { error: { code: 'csrf_failed', message: 'bad token' } }),
      () => json(200, { csrfToken: 'fresh' }),
      () => new Response(null, { status: 204 }),
    );

    await expect(call(authRoutes.logout)).resolves.toBeUndefined();

    expect(calls.map((c) => c.headers['x-csrf-token'])).toEqual([
      undefined,
      'stale',
      undefined,
      'fresh',
    ]);
  });

  it('when csrf_failed comes twice, then the second one is thrown', async () => {
    fakeServer(
      () => json(200, { csrfToken: 'a' }),
      () => json(403, { error: { code: 'csrf_failed', message: 'bad token' } }),
      () => json(200, { csrfToken: 'b' }),
      () => json(403, { error: { code: 'csrf_failed', message: 'still bad' } }),
    );

    await expect(call(notificationRoutes.markAllRead)).rejects.toMatchObject({
      status: 403,
      code: 'csrf_failed',
    });
  });

  it('when the server answers with an error body, then an ApiError carries status, code, details and Retry-After', async () => {
    fakeServer(
      () => json(200, { csrfToken: 't' }),
      () =>
        json(
          429,
          {
            error: {
              code: 'rate_limited',
              message: 'Too many attempts',
              details: [{ path: 'email', message: 'slow down' }],
            },
          },
          { 'Retry-After': '90' },
        ),
    );

    const error = await call(authRoutes.login, {
      body: { email: 'a@example.cn', password: 'x' },
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Too many attempts',
      details: [{ path: 'email', message: 'slow down' }],
      retryAfterSeconds: 90,
    });
  });

  it('when the network fails, then an ApiError with code network_error is thrown', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(call(authRoutes.me)).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('when an answer does not fit the schema, then an ApiError invalid_response is thrown', async () => {
    fakeServer(() => json(200, { skills: 'yes' }));

    await expect(call(taxonomyRoutes.suggest, { query: { text: 'x' } })).rejects.toMatchObject({
      code: 'invalid_response',
    });
  });

  it('when a proxy answers with HTML, then the ApiError keeps the status', async () => {
    fakeServer(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );

    await expect(call(authRoutes.me)).rejects.toMatchObject({
      status: 502,
      code: 'internal',
    });
  });
});
