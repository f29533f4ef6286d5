import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

const email = uniqueEmail('first-admin');
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({
    ADMIN_EMAIL: email.toUpperCase(),
    ADMIN_PASSWORD: PASSWORD,
  });
});
afterAll(async () => {
  await platform?.close();
});

describe('first admin from the environment', () => {
  it('when ADMIN_EMAIL and ADMIN_PASSWORD are set on an empty database, then that admin can sign in', async () => {
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email, role: 'admin' });
  });
});
