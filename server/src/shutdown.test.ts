import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testMongoUri } from '@test/support/db';
import { waitForListening } from '@test/support/server-process';
import { ROOT_DIR } from './paths';

const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-shutdown-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** `tsx server/src/main.ts` as `npm run dev` starts it, on its own port and data folder. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      MONGODB_URI: testMongoUri(),
      SESSION_SECRET: 'shutdown-test-secret',
      SEED_DEMO: 'never',
      LOG_LEVEL: 'info',
      REDIS_URL: '',
      MEILI_URL: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await waitForListening(child, 60_000);
  return { child, url };
}

describe('shutdown', () => {
  it('when SIGTERM arrives with 50 requests in flight, then every one is answered and the process exits 0', async () => {
    const { child, url } = await startServer();
    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    // Sign-ins of unknown accounts still verify a password hash: each takes a while, so that
    // the 50 of them queue in the server when the signal arrives.
    let signalled = false;
    const answers = Array.from({ length: 50 }, (_, i) =>
      fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `nobody-${i}@example.com`, password: 'wrong-password-1' }),
      }).then(
        (res) => ({ status: res.status, afterSignal: signalled }),
        (err: unknown) => ({ status: 0, afterSignal: signalled, err }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    signalled = true;
    child.kill('SIGTERM');
    const results = await Promise.all(answers);
    expect(results.filter((r) => r.status !== 401)).toEqual([]);
    // Some were still being worked on when the signal came.
    expect(results.some((r) => r.afterSignal)).toBe(true);
    expect(await exited).toEqual([0, null]);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 90_000);
});
