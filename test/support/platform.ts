import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CookieAccessInfo } from 'cookiejar';
import { Meilisearch } from 'meilisearch';
import { inject } from 'vitest';
import request from 'supertest';
import { startPlatform, type RunningPlatform, type StartOptions } from '../../server/src/server';
import { testMongoUri } from './db';

export interface TestPlatform extends RunningPlatform {
  dataDir: string;
}

/** The real platform on port 0 against an isolated database of the test MongoDB. */
export async function startTestPlatform(
  env: Record<string, string> = {},
  options: Pick<
    StartOptions,
    | 'search'
    | 'now'
    | 'logDestination'
    | 'jobIntervalMs'
    | 'holdEvents'
    | 'vocabularyRefreshMs'
    | 'vocabularyRelearnMs'
    | 'mongodbUri'
  > = {},
): Promise<TestPlatform> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-test-'));
  const meili = meilisearchOfRun();
  const platform = await startPlatform({
    port: 0,
    mongodbUri: testMongoUri(),
    dataDir,
    ...options,
    env: {
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'never',
      SESSION_SECRET: 'test-secret-not-for-production',
      REDIS_URL: '',
      MEILI_URL: meili?.url ?? '',
      MEILI_MASTER_KEY: meili?.key ?? '',
      MEILI_INDEX_PREFIX: meili?.prefix ?? '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      ...env,
    },
  });
  const close = platform.close;
  return Object.assign(platform, {
    dataDir,
    close: async () => {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
      await meili?.dropIndexes();
    },
  });
}

/** The run's Meilisearch (TEST_SEARCH=meilisearch), with index names of this platform's own. */
function meilisearchOfRun() {
  const url = inject('meiliUrl');
  if (!url) return undefined;
  const key = inject('meiliKey');
  const prefix = `t${randomBytes(4).toString('hex')}_`;
  return {
    url,
    key,
    prefix,
    dropIndexes: async () => {
      const client = new Meilisearch({ host: url, apiKey: key });
      await Promise.all(
        ['experts', 'needs'].map((name) => client.deleteIndex(`${prefix}${name}`).waitTask()),
      );
    },
  };
}

/** A browser-like client: keeps cookies and sends the CSRF header on state changes. */
export class TestClient {
  readonly agent: ReturnType<typeof request.agent>;
  private csrf: Promise<string> | undefined;

  constructor(readonly baseUrl: string) {
    this.agent = request.agent(baseUrl);
  }

  /** One token per session, also when several requests ask at once (a second would replace it). */
  csrfToken(): Promise<string> {
    this.csrf ??= this.agent
      .get('/api/v1/auth/csrf')
      .expect(200)
      .then((res) => (res.body as { csrfToken: string }).csrfToken);
    return this.csrf;
  }

  get(url: string) {
    return this.agent.get(`/api/v1${url}`);
  }

  async post(url: string, body?: unknown) {
    // The token first: its request may set the session cookie this one must carry.
    const token = await this.csrfToken();
    return this.agent
      .post(`/api/v1${url}`)
      .set('x-csrf-token', token)
      .send(body as object);
  }

  async put(url: string, body?: unknown) {
    // The token first: its request may set the session cookie this one must carry.
    const token = await this.csrfToken();
    return this.agent
      .put(`/api/v1${url}`)
      .set('x-csrf-token', token)
      .send(body as object);
  }

  async patch(url: string, body?: unknown) {
    // The token first: its request may set the session cookie this one must carry.
    const token = await this.csrfToken();
    return this.agent
      .patch(`/api/v1${url}`)
      .set('x-csrf-token', token)
      .send(body as object);
  }

  async delete(url: string) {
    const token = await this.csrfToken();
    return this.agent.delete(`/api/v1${url}`).set('x-csrf-token', token);
  }

  /** The session cookie as a `cookie` header value, for Socket.io clients. */
  sessionCookie(): string {
    const { hostname } = new URL(this.baseUrl);
    const cookie = this.agent.jar.getCookie(
      'qs.sid',
      new CookieAccessInfo(hostname, '/', false, false),
    );
    if (!cookie) throw new Error('no session cookie yet');
    return cookie.toValueString();
  }

  /** Forgets the token, as a client does after its session ends. */
  resetCsrf(): void {
    this.csrf = undefined;
  }
}
