import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { env } from '../config/env';

/** The API's base path, as the client calls it. */
export const API = env.apiBaseUrl;
export const CSRF_TOKEN = 'csrf-token-of-the-test-session';

/** The API as the pages see it; each test adds the answers it needs with `server.use()`. */
export const server = setupServer(
  http.get(`${API}/auth/csrf`, () => HttpResponse.json({ csrfToken: CSRF_TOKEN })),
);

export interface SentRequest {
  method: string;
  /** Without the API's base path, e.g. `/invitations/…/withdraw`. */
  path: string;
  csrfToken: string | null;
  /** Parsed JSON; a multipart form as its fields, each file as its name and text. */
  body: unknown;
}

const received: Request[] = [];
const unhandled: string[] = [];

server.events.on('request:start', ({ request }) => {
  received.push(request.clone());
});

async function readBody(request: Request): Promise<unknown> {
  if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    const fields = [...(await request.formData())].map(async ([name, value]) => [
      name,
      typeof value === 'string' ? value : { name: value.name, text: await value.text() },
    ]);
    return Object.fromEntries(await Promise.all(fields));
  }
  const text = await request.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Every request but the GETs the page sent so far, in order. */
export async function sentChanges(): Promise<SentRequest[]> {
  const changes = received.filter((request) => request.method !== 'GET');
  return Promise.all(
    changes.map(async (request) => ({
      method: request.method,
      path: new URL(request.url).pathname.slice(API.length),
      csrfToken: request.headers.get('x-csrf-token'),
      body: await readBody(request),
    })),
  );
}

export function startServer(): void {
  server.listen({
    onUnhandledRequest: (request, print) => {
      unhandled.push(`${request.method} ${new URL(request.url).pathname}`);
      print.error();
    },
  });
}

/** Forgets the test's answers and requests; returns the requests no answer was given for. */
export function resetServer(): string[] {
  server.resetHandlers();
  received.length = 0;
  return unhandled.splice(0);
}
