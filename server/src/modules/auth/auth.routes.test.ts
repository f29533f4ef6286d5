import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  enterpriseRegistration,
  expertRegistration,
  registeredClient,
  staffClient,
  uniqueEmail,
} from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const register = (body: unknown) =>
  request(platform.url)
    .post('/api/v1/auth/register')
    .send(body as object);
const login = (body: unknown) =>
  request(platform.url)
    .post('/api/v1/auth/login')
    .send(body as object);

function cookieOf(res: request.Response): string {
  const cookies = res.headers['set-cookie'] as unknown as string[] | undefined;
  const cookie = cookies?.find((c) => c.startsWith('qs.sid='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('POST /auth/register', () => {
  it('when an enterprise registers with its organization, then it gets 201, the organization and a session', async () => {
    const body = enterpriseRegistration();
    const client = new TestClient(platform.url);
    const res = await client.agent.post('/api/v1/auth/register').send(body);

    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: body.email, name: body.name, role: 'enterprise' });
    expect(res.body.user.organizationId).toMatch(/^[a-f0-9]{24}$/);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const me = await client.get('/auth/me').expect(200);
    expect(me.body.user.id).toBe(res.body.user.id);
  });

  it('when an enterprise registers a new organization, then it is its active owner', async () => {
    const res = await register(enterpriseRegistration()).expect(201);
    expect(res.body.user).toMatchObject({ membership: 'active', orgRole: 'owner' });
  });

  it('when an expert registers, then the account has the expert role', async () => {
    const res = await register(expertRegistration()).expect(201);
    expect(res.body.user.role).toBe('expert');
  });

  it('when the email is already registered (in any case), then it answers 409 and creates nothing', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const res = await register({ ...body, email: body.email.toUpperCase() });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it('when the password is shorter than 10 characters, then it answers 400 naming the password', async () => {
    const res = await register(expertRegistration({ password: 'short' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'password' }));
  });

  it('when the body has an unknown field, then it answers 400 naming the field', async () => {
    const res = await register(expertRegistration({ isAdmin: true }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'isAdmin' }));
  });

  it('when the email is a query operator, then it answers 400', async () => {
    const res = await register(expertRegistration({ email: { $ne: null } }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'email' }));
  });

  it('when someone registers as bureau or admin, then it is refused', async () => {
    for (const role of ['bureau', 'admin']) {
      const res = await register(expertRegistration({ role }));
      expect(res.status).toBe(400);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ path: 'role' }));
    }
  });

  it('when an enterprise gives no organization, then it answers 400 naming organization', async () => {
    const res = await register(enterpriseRegistration({ organization: undefined }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'organization' }),
    );
  });
});

describe('POST /auth/login', () => {
  it('when the credentials are right, then it answers the user with a new HttpOnly SameSite=Lax session cookie', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const client = new TestClient(platform.url);
    const before = cookieOf(await client.agent.get('/api/v1/auth/csrf').expect(200));

    const res = await client.agent
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: PASSWORD });

    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: body.email, role: 'expert' });
    const after = cookieOf(res);
    expect(after).toMatch(/HttpOnly/i);
    expect(after).toMatch(/SameSite=Lax/i);
    expect(after.split(';')[0]).not.toBe(before.split(';')[0]);
  });

  it('when the email is unknown or the password wrong, then both answer the same 401', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const wrong = await login({ email: body.email, password: 'wrong-password-1' });
    const unknown = await login({ email: uniqueEmail('nobody'), password: 'wrong-password-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('when the email is a query operator, then it answers 400 and signs nobody in', async () => {
    const res = await login({ email: { $ne: null }, password: { $ne: null } });
    expect(res.status).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when an account fails repeatedly, then it answers 429 with Retry-After, even for the right password', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await login({ email: body.email, password: 'wrong-password-1' })).status);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);

    const blocked = await login({ email: body.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('sessions and CSRF', () => {
  it('when nobody is signed in, then /auth/me answers 401', async () => {
    const res = await request(platform.url).get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('when a state change comes without the CSRF header, then it answers 403 csrf_failed', async () => {
    const { client } = await registeredClient(platform.url, expertRegistration());
    const res = await client.agent.post('/api/v1/auth/logout');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    await client.get('/auth/me').expect(200);
  });

  it('when the token was fetched before login, then login replaces it and only a new one works', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const client = new TestClient(platform.url);
    const before = await client.csrfToken();
    await client.agent
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: PASSWORD })
      .expect(200);
    const stale = await client.agent.post('/api/v1/auth/logout').set('x-csrf-token', before);
    expect(stale.status).toBe(403);
    expect(stale.body.error.code).toBe('csrf_failed');
    client.resetCsrf();
    expect(await client.csrfToken()).not.toBe(before);
    expect((await client.post('/auth/logout')).status).toBe(204);
  });

  it('when an anonymous visitor asks for a token, then its session lasts an hour, and a week once signed in', async () => {
    const body = expertRegistration();
    await register(body).expect(201);
    const client = new TestClient(platform.url);
    const anonymous = cookieOf(await client.agent.get('/api/v1/auth/csrf').expect(200));
    const hoursLeft = (cookie: string) =>
      (Date.parse(/Expires=([^;]+)/i.exec(cookie)?.[1] ?? '') - Date.now()) / 3_600_000;
    expect(hoursLeft(anonymous)).toBeGreaterThan(0.9);
    expect(hoursLeft(anonymous)).toBeLessThanOrEqual(1);
    const signedIn = cookieOf(
      await client.agent
        .post('/api/v1/auth/login')
        .send({ email: body.email, password: PASSWORD })
        .expect(200),
    );
    expect(hoursLeft(signedIn)).toBeGreaterThan(24 * 6.9);
  });

  it('when the user logs out, then the session is gone and /auth/me answers 401', async () => {
    const { client } = await registeredClient(platform.url, enterpriseRegistration());
    const res = await client.post('/auth/logout');
    expect(res.status).toBe(204);
    await client.get('/auth/me').expect(401);
  });
});

describe('admin accounts', () => {
  it('when an admin creates a bureau account, then it can sign in as bureau', async () => {
    const { client } = await staffClient(platform.url, 'admin');
    const email = uniqueEmail('bureau');
    const res = await client.post('/admin/users', {
      email,
      password: PASSWORD,
      name: '人社局',
      role: 'bureau',
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email, role: 'bureau' });
    const signedIn = await login({ email, password: PASSWORD }).expect(200);
    expect(signedIn.body.user.role).toBe('bureau');

    const list = await client.get('/admin/users?role=bureau&limit=100').expect(200);
    expect(list.body).toMatchObject({ page: 1, limit: 100 });
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain(email);
  });

  it('when an expert calls an admin route, then it answers 403 and creates nothing', async () => {
    const { client } = await registeredClient(platform.url, expertRegistration());
    const email = uniqueEmail('sneaky');
    const res = await client.post('/admin/users', {
      email,
      password: PASSWORD,
      name: 'x',
      role: 'admin',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    await login({ email, password: PASSWORD }).expect(401);
    await client.get('/admin/users').expect(403);
  });

  it('when nobody is signed in, then admin routes answer 401', async () => {
    await request(platform.url).get('/api/v1/admin/users').expect(401);
  });
});
