import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testMongoUri } from '@test/support/db';
import { waitForListening } from '@test/support/server-process';
import { ROOT_DIR } from './paths';

const SECRET = 'a-production-session-secret';
const CLIENT_MARKER = '<title>built client</title>';

/**
 * The image's layout in a temporary folder: server/dist built by `npm run build:server`, a client
 * build, node_modules; no TypeScript sources beside them.
 */
let imageDir: string;

function buildImageLayout(): void {
  imageDir = mkdtempSync(path.join(tmpdir(), 'qs-image-'));
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build-server.ts', path.join(imageDir, 'server', 'dist')],
    { cwd: ROOT_DIR, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`build:server failed:\n${build.stdout}${build.stderr}`);
  mkdirSync(path.join(imageDir, 'client', 'dist'), { recursive: true });
  writeFileSync(path.join(imageDir, 'client', 'dist', 'index.html'), CLIENT_MARKER);
  symlinkSync(path.join(ROOT_DIR, 'node_modules'), path.join(imageDir, 'node_modules'));
}

/** `node server/dist/main.js` as the image runs it: production, MONGODB_URI, nothing inherited. */
function startBuilt(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
    cwd: imageDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      MONGODB_URI: testMongoUri(),
      PUBLIC_ORIGIN: 'https://experts.example.org',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(imageDir, 'data'),
      SEED_DEMO: 'never',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(buildImageLayout, 60_000);

afterAll(() => {
  rmSync(imageDir, { recursive: true, force: true });
});

describe('the built server under NODE_ENV=production with MONGODB_URI', () => {
  it('when SESSION_SECRET is missing, then it exits non-zero naming SESSION_SECRET', async () => {
    const child = startBuilt({});
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).not.toBe(0);
    expect(stderr).toContain('SESSION_SECRET');
  });

  describe('with SESSION_SECRET', () => {
    let child: ChildProcess;
    let url: string;

    beforeAll(async () => {
      child = startBuilt({ SESSION_SECRET: SECRET });
      child.stderr?.pipe(process.stderr);
      url = await waitForListening(child, 45_000);
    }, 60_000);

    afterAll(async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    });

    it('then /readyz reports every check ready and /healthz answers', async () => {
      const ready = await request(url).get('/readyz');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ready',
        checks: { database: { ok: true }, search: { ok: true } },
      });
      await request(url).get('/healthz').expect(200, { status: 'ok' });
    });

    it('then the client build and the API docs assets are found from the bundle', async () => {
      const page = await request(url).get('/needs').expect(200);
      expect(page.text).toBe(CLIENT_MARKER);
      await request(url).get('/api/docs/assets/swagger-ui.css').expect(200);
    });

    it('then the session cookie is Secure and set only when the proxy says the request was https', async () => {
      const direct = await request(url).get('/api/v1/auth/csrf').expect(200);
      expect(direct.headers['set-cookie']).toBeUndefined();
      const proxied = await request(url)
        .get('/api/v1/auth/csrf')
        .set('x-forwarded-proto', 'https')
        .expect(200);
      expect(proxied.headers['set-cookie']?.[0]).toMatch(/^qs\.sid=.*; Secure/);
    });
  });
});
