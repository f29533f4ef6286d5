import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffClient, verifiedExpert } from '@test/support/factories';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let bureau: TestClient;
const experts: Record<string, string> = {};

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
  const make = async (key: string, profile: Record<string, unknown>) => {
    experts[key] = (await verifiedExpert(platform.url, bureau, profile)).expert.id;
  };
  await make('shenzhenEdge', {
    city: '深圳',
    pool: 'shenzhen',
    skills: ['edge-computing'],
    bio: '边缘计算网关',
  });
  await make('qingdaoEdge', { city: '青岛', skills: ['edge-computing'], bio: '边缘计算网关' });
  await make('qingdaoMes', { city: '青岛市', skills: ['mes'], bio: 'MES rollout' });
  await make('qingdaoLatinMes', { city: 'Qingdao', skills: ['mes'], bio: 'MES rollout' });
  await make('shenzhenMes', {
    city: '深圳',
    pool: 'shenzhen',
    skills: ['mes'],
    bio: 'MES rollout',
  });
  await platform.search.indexer.drain();
});
afterAll(async () => {
  await platform?.close();
});

const search = (q: string) =>
  bureau.get(`/experts?q=${encodeURIComponent(q)}&limit=100`).expect(200);
const ids = (res: request.Response) => (res.body.items as Array<{ id: string }>).map((e) => e.id);
const citiesOf = (res: request.Response) =>
  new Set((res.body.items as Array<{ city: string }>).map((e) => e.city));

describe('a city typed into the search', () => {
  it('when the query is "深圳 边缘计算", then only Shenzhen edge-computing experts are found and the city is reported apart', async () => {
    const res = await search('深圳 边缘计算');
    expect(ids(res)).toContain(experts.shenzhenEdge);
    expect(ids(res)).not.toContain(experts.qingdaoEdge);
    expect(ids(res)).not.toContain(experts.shenzhenMes);
    expect(res.body.cityFromQuery).toEqual({ cities: ['深圳'], q: '边缘计算' });
  });

  it('when the query is "Qingdao MES", then Qingdao experts in every spelling are found, none from Shenzhen', async () => {
    const res = await search('Qingdao MES');
    expect(ids(res)).toEqual(expect.arrayContaining([experts.qingdaoMes, experts.qingdaoLatinMes]));
    expect(ids(res)).not.toContain(experts.shenzhenMes);
    expect(ids(res)).not.toContain(experts.qingdaoEdge);
    expect(res.body.cityFromQuery).toEqual({ cities: ['青岛'], q: 'MES' });
  });

  it('when the city is glued to a skill ("深圳边缘计算"), then it is read as the city and the skill', async () => {
    const res = await search('深圳边缘计算');
    expect(ids(res)).toEqual([experts.shenzhenEdge]);
    expect(res.body.cityFromQuery).toEqual({ cities: ['深圳'], q: '边缘计算' });
  });

  it('when the query is only a city, then every expert of that city is listed, as with the city filter', async () => {
    const res = await search('深圳');
    expect(ids(res)).toEqual(expect.arrayContaining([experts.shenzhenEdge, experts.shenzhenMes]));
    expect(citiesOf(res)).toEqual(new Set(['深圳']));
    expect(res.body.cityFromQuery).toEqual({ cities: ['深圳'], q: '' });
  });

  it('when a city is part of a name ("西安交通大学"), then it stays text and no city filter is applied', async () => {
    const res = await search('西安交通大学');
    expect(res.body.cityFromQuery).toBeUndefined();
    expect(res.body.total).toBe(0);
  });
});
