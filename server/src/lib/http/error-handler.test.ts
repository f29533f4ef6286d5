import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  needInput,
  registeredClient,
  submittedExpert,
} from '@test/support/factories';
import { startTestPlatform, type TestPlatform } from '@test/support/platform';
import { EmbeddedSearchEngine, type SearchQuery } from '../search';

/** An engine that throws whatever a test puts in `failure` when asked for experts. */
class ThrowingEngine extends EmbeddedSearchEngine {
  failure: { thrown: unknown } | undefined;
  override async searchExperts(query: SearchQuery) {
    if (this.failure) throw this.failure.thrown;
    return super.searchExperts(query);
  }
}

const engine = new ThrowingEngine();
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform({}, { search: engine });
});
afterAll(async () => {
  await platform?.close();
});

/** What a stack trace or a driver message looks like in a response. */
const INTERNALS = /node_modules|\.ts:\d+|\bat \S+ \(|E11000|MongoServerError|<pre>/;

function expectContractError(res: request.Response, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.body.error.code).toBe(code);
  expect(res.text).not.toMatch(INTERNALS);
}

describe('malformed requests', () => {
  it('when a URL has a broken percent-encoding, then it answers 400 in JSON, never a stack', async () => {
    const res = await request(platform.url).get('/api/v1/experts/%E0%A4%A');
    expectContractError(res, 400, 'validation_failed');
    expect(res.body.error.details).toEqual([
      { path: 'url', code: 'malformed_url', message: 'URL 编码有误' },
    ]);
    const page = await request(platform.url).get('/%E0%A4%A');
    expect(page.text).not.toMatch(INTERNALS);
  });

  it('when the JSON body is a string, null or an array, then it answers 400 in JSON', async () => {
    for (const body of ['"x"', 'null', '[]', '[{"email": 1}]']) {
      const res = await request(platform.url)
        .post('/api/v1/auth/login')
        .set('content-type', 'application/json')
        .send(body);
      expectContractError(res, 400, 'validation_failed');
    }
  });

  it('when a compressed body does not inflate, then it answers 400 in JSON', async () => {
    const res = await request(platform.url)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send(gzipSync('{"email": "a@example.com"}').subarray(0, 12));
    expectContractError(res, 400, 'validation_failed');
  });

  it('when headers are odd or huge, then the answer is the contract or an empty refusal, never HTML', async () => {
    const charset = await request(platform.url)
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json; charset=bogus')
      .send('{}');
    expectContractError(charset, 415, 'unsupported_media_type');
    const cookie = await request(platform.url)
      .get('/api/v1/auth/me')
      .set('cookie', 'qs.sid=s%3A%E0%A4%A.sig; qs.sid=x');
    expectContractError(cookie, 401, 'unauthenticated');
    const huge = await request(platform.url)
      .get('/api/v1/auth/me')
      .set('x-big', 'a'.repeat(20_000));
    expect(huge.status).toBe(431);
    expect(huge.text).toBe('');
  });
});

describe('errors no route named', () => {
  it('when a dependency fails on a unique index the route did not expect, then it answers 409 conflict without the driver message', async () => {
    const { client } = await registeredClient(platform.url, enterpriseRegistration());
    const need = (await client.post('/needs', needInput())).body.need as { id: string };
    // What the MongoDB driver throws on E11000: a numeric code and the driver's own message.
    const duplicate = Object.assign(
      new Error('E11000 duplicate key error collection: qs.experts'),
      {
        name: 'MongoServerError',
        code: 11000,
      },
    );
    engine.failure = { thrown: duplicate };
    try {
      const res = await client.get(`/needs/${need.id}/matches`);
      expectContractError(res, 409, 'conflict');
      expect(res.body.error.message).toBe('与已有记录冲突');
    } finally {
      engine.failure = undefined;
    }
  });

  it('when a dependency throws a number, a string, null or an object with odd fields, then the route answers 500 internal in JSON', async () => {
    const { client } = await registeredClient(platform.url, enterpriseRegistration());
    const need = (await client.post('/needs', needInput())).body.need as { id: string };
    await submittedExpert(platform.url);
    const trap = {
      get code(): never {
        throw new Error('a getter that throws');
      },
    };
    const odd = [
      42,
      'engine exploded',
      null,
      { code: 12345, type: 7, status: 'teapot', field: {} },
      { code: null },
      Object.create(null),
      trap,
      [],
    ];
    for (const thrown of odd) {
      engine.failure = { thrown };
      const res = await client.get(`/needs/${need.id}/matches`);
      expectContractError(res, 500, 'internal');
      expect(res.body.error.message).toBe('服务器出错了');
    }
    engine.failure = undefined;
    expect((await client.get(`/needs/${need.id}/matches`)).status).toBe(200);
  });
});
