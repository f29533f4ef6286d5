import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { expertRegistration, registeredClient } from '../../test/support/factories';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform';
import { until } from '../../test/support/wait';
import { startJavaServer } from './lib/db/java-server';
import type { StartedMongo } from './lib/db/memory-server';

const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-restart-'));
const h2File = path.join(dataDir, 'mongo.h2');
let mongo: StartedMongo | undefined;
let platform: TestPlatform | undefined;

afterAll(async () => {
  await platform?.close();
  await mongo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A free port, so that the database can be started again where the platform expects it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a database restart', () => {
  it('when the database stops under load and starts again on its address, then the running platform serves again without a restart and nothing written is lost', async () => {
    const port = await freePort();
    const log = () => undefined;
    mongo = await startJavaServer(h2File, log, port);
    platform = await startTestPlatform({}, { mongodbUri: `${mongo.uri}/qs_restart` });
    const { url } = platform;
    const before = await registeredClient(url, expertRegistration());

    // Load: signed-in reads, each one reading the session and the account from the database.
    let loading = true;
    const statuses: number[] = [];
    const load = Array.from({ length: 5 }, async () => {
      while (loading) {
        const res = await request(url)
          .get('/api/v1/auth/me')
          .set('cookie', before.client.sessionCookie())
          .timeout(30_000)
          .catch(() => ({ status: 0 }));
        statuses.push(res.status);
      }
    });
    try {
      await until(async () => statuses.length >= 10, 10_000);
      await mongo.stop();
      expect(
        await until(async () => (await request(url).get('/readyz')).status === 503, 20_000),
      ).toBe(true);
      mongo = await startJavaServer(h2File, log, port);

      expect(
        await until(async () => (await request(url).get('/readyz')).status === 200, 30_000),
      ).toBe(true);
      const served = statuses.length;
      expect(
        await until(
          async () => statuses.slice(served).filter((s) => s === 200).length >= 10,
          20_000,
        ),
      ).toBe(true);
    } finally {
      loading = false;
      await Promise.all(load);
    }
    expect(statuses).toContain(200);
    // What was written before is still there, and writes work again.
    const me = await before.client.get('/auth/me').expect(200);
    expect(me.body.user.email).toBe(before.user.email);
    await registeredClient(url, expertRegistration());
  }, 120_000);
});
