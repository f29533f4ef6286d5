import { afterAll } from 'vitest';
import { PASSWORD } from './factories';
import { startTestPlatform, TestClient, type TestPlatform } from './platform';

/**
 * One platform at a time on the test database, restarted at will: recovery tests stand for a
 * process that dies right after a write (`holdEvents`) and the next one that starts on the same
 * database. Its jobs run every 50 ms unless `jobIntervalMs` says otherwise. The last platform closes
 * after the file.
 */
export function restartingPlatform() {
  let running: TestPlatform | undefined;
  afterAll(async () => {
    await running?.close();
  });
  return async (
    options: { holdEvents?: boolean; jobIntervalMs?: number } = {},
  ): Promise<TestPlatform> => {
    await running?.close();
    running = await startTestPlatform({}, { jobIntervalMs: 50, ...options });
    return running;
  };
}

/** A fresh session of an existing account on a (restarted) platform. */
export async function signIn(url: string, email: string): Promise<TestClient> {
  const client = new TestClient(url);
  await client.agent.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
  return client;
}
