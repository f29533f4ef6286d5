import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, uniqueEmail } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

const run = promisify(execFile);
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

function createAdmin(args: string[]) {
  return run('npx', ['tsx', 'scripts/create-admin.ts', ...args], {
    env: {
      ...process.env,
      MONGODB_URI: process.env.MONGODB_URI,
      DATA_DIR: platform.dataDir,
      LOG_LEVEL: 'silent',
    },
  });
}

describe('npm run create-admin', () => {
  it('when given an email and a password, then that admin can sign in', async () => {
    const email = uniqueEmail('cli-admin');
    const { stdout } = await createAdmin([email, PASSWORD, '运维', '管理员']);
    expect(stdout).toContain(`admin created: ${email}`);
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'admin', name: '运维 管理员' });
  });

  it('when the password is too short or the email taken, then it exits 1 with the reason', async () => {
    const short = createAdmin([uniqueEmail('cli'), 'short']);
    await expect(short).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('password'),
    });
    const email = uniqueEmail('cli-twice');
    await createAdmin([email, PASSWORD]);
    await expect(createAdmin([email, PASSWORD])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('already exists'),
    });
  });
});
