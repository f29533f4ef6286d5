import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiContract, listRoutes, needRoutes } from '@qs/shared';
import { startTestPlatform, type TestPlatform } from '../../../../test/support/platform';
import { ApiRouter } from './api-router';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const operation = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

describe('the shared API contract', () => {
  it('when the server has started, then every contract has a handler and every handler a contract', async () => {
    const res = await request(platform.url).get('/api/openapi.json').expect(200);
    const served = Object.entries(res.body.paths as Record<string, object>).flatMap(
      ([path, methods]) => Object.keys(methods).map((method) => operation(method, path)),
    );
    const declared = listRoutes(apiContract).map((route) =>
      operation(route.method, `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(new Set(declared).size).toBe(declared.length);
    expect([...served].sort()).toEqual([...declared].sort());
  });

  it('when a contract is handled twice, then the router refuses the second handler', () => {
    const api = new ApiRouter(new OpenAPIRegistry(), '/api/v1');
    api.handle(needRoutes.close, () => {
      throw new Error('not called');
    });
    expect(() =>
      api.handle(needRoutes.close, () => {
        throw new Error('not called');
      }),
    ).toThrow('post /needs/:id/close is handled twice');
  });

  it('when a handler answers another shape than its response schema, then it does not compile', () => {
    const api = new ApiRouter(new OpenAPIRegistry(), '/api/v1');
    // @ts-expect-error -- `need` is missing from the answer
    api.handle(needRoutes.get, () => ({ item: null }));
    // @ts-expect-error -- a route with a response schema must answer something
    api.handle(needRoutes.close, () => undefined);
    expect(api.handled.size).toBe(2);
  });
});
