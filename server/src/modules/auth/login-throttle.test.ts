import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, expertRegistration } from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  // Behind one proxy hop the client's address comes from X-Forwarded-For.
  platform = await startTestPlatform({ PUBLIC_ORIGIN: 'http://127.0.0.1' });
});
afterAll(async () => {
  await platform?.close();
});

async function account(): Promise<string> {
  const body = expertRegistration();
  await request(platform.url).post('/api/v1/auth/register').send(body).expect(201);
  return body.email;
}

const login = (email: string, password: string, from: string) =>
  request(platform.url)
    .post('/api/v1/auth/login')
    .set('x-forwarded-for', from)
    .send({ email, password });

describe('login throttling', () => {
  it('when 60 guesses arrive at once with the right password in the middle, then at most five are checked and the right one is refused', async () => {
    const email = await account();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        login(email, i === 30 ? PASSWORD : `wrong-password-${i}`, '203.0.113.7'),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses[30]).toBe(429);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(55);
    expect(Number(answers[30]?.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('when one address keeps failing, then it is locked out but the owner signs in from another address', async () => {
    const email = await account();
    const attacker = [];
    for (let i = 0; i < 7; i += 1)
      attacker.push((await login(email, 'guess-guess-1', '198.51.100.9')).status);
    expect(attacker.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(attacker.slice(5)).toEqual([429, 429]);
    expect((await login(email, PASSWORD, '198.51.100.9')).status).toBe(429);

    const owner = await login(email, PASSWORD, '192.0.2.44');
    expect(owner.status).toBe(200);
    expect(owner.body.user.email).toBe(email);
  });

  it('when failures come from many addresses, then past fifty the account only slows down, for a minute at most', async () => {
    const email = await account();
    for (let address = 0; address < 10; address += 1) {
      const from = `198.18.0.${address + 1}`;
      const statuses = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push((await login(email, 'guess-guess-2', from)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
    }
    // The first guess past the budget goes through; the next must wait, seconds not minutes.
    expect((await login(email, 'guess-guess-3', '198.18.1.1')).status).toBe(401);
    const spaced = await login(email, PASSWORD, '198.18.1.2');
    expect(spaced.status).toBe(429);
    const wait = Number(spaced.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('when a guess is refused, then it costs the owner nothing: a success right after from the same address clears the slate', async () => {
    const email = await account();
    for (let i = 0; i < 4; i += 1) await login(email, 'typo-typo-typo', '192.0.2.80');
    expect((await login(email, PASSWORD, '192.0.2.80')).status).toBe(200);
    const after = [];
    for (let i = 0; i < 5; i += 1)
      after.push((await login(email, 'typo-typo-typo', '192.0.2.80')).status);
    expect(after).toEqual([401, 401, 401, 401, 401]);
  });
});
