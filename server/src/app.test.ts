import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

describe('error conventions', () => {
  it('when the JSON body is malformed, then it answers 400 in the error format', async () => {
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed' });
  });

  it('when the body is over the size limit, then it answers 413', async () => {
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .send({ email: 'a@example.com', password: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('when the body is not JSON, then it answers 415', async () => {
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('email=a%40example.com&password=x');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('when the route does not exist, then it answers 404 in the error format', async () => {
    const res = await request(platform.url).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('when a response is sent, then it carries a request id and security headers', async () => {
    const res = await request(platform.url).get('/healthz');
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('operations', () => {
  it('when the process is up, then /healthz answers ok', async () => {
    const res = await request(platform.url).get('/healthz').expect(200);
    expect(res.body.status).toBe('ok');
  });

  it('when the database is reachable, then /readyz answers ready with each check', async () => {
    const res = await request(platform.url).get('/readyz').expect(200);
    expect(res.body.status).toBe('ready');
    expect(res.body.checks.database.ok).toBe(true);
    expect(res.body.checks.search.ok).toBe(true);
  });

  it('when the OpenAPI document is asked for, then it lists the account routes with their schemas', async () => {
    const res = await request(platform.url).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/admin/users',
      ]),
    );
    const register = res.body.paths['/api/v1/auth/register'].post;
    expect(register.requestBody.content['application/json'].schema).toBeTruthy();
    const docs = await request(platform.url).get('/api/docs').expect(200);
    expect(docs.text).toContain('swagger-ui');
  });
});
