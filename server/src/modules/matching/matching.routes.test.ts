import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  enterpriseRegistration,
  expertRegistration,
  needInput,
  registeredClient,
  staffClient,
  submittedExpert,
  verifiedExpert,
} from '@test/support/factories';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

let platform: TestPlatform;
let bureau: TestClient;
let enterprise: TestClient;
let organizationName: string;
const experts: Record<string, string> = {};

const skills = ['machine-vision', 'aps'];

beforeAll(async () => {
  platform = await startTestPlatform();
  bureau = (await staffClient(platform.url, 'bureau')).client;
  const registration = enterpriseRegistration();
  organizationName = registration.organization.name;
  enterprise = (await registeredClient(platform.url, registration)).client;
  const make = async (key: string, profile: Record<string, unknown>) => {
    experts[key] = (await verifiedExpert(platform.url, bureau, profile)).expert.id;
  };
  await make('full', {
    name: '全能专家',
    skills,
    sectors: ['logistics'],
    bio: '专注工业视觉与排产优化',
  });
  await make('fullNoSector', { name: '跨行业专家', skills, sectors: ['chemicals'] });
  await make('half', { name: '视觉专家', skills: ['machine-vision'], sectors: ['logistics'] });
  await make('unavailable', {
    name: '忙碌专家',
    skills,
    sectors: ['logistics'],
    availability: 'unavailable',
  });
  await make('sameOrg', {
    name: '本单位专家',
    skills,
    sectors: ['logistics'],
    organization: organizationName,
  });
  await make('shenzhen', {
    name: '深圳专家',
    skills: ['machine-vision'],
    sectors: ['logistics'],
    pool: 'shenzhen',
    city: '深圳',
  });
  experts.pending = (
    await submittedExpert(platform.url, { name: '待审专家', skills, sectors: ['logistics'] })
  ).expert.id;
  await platform.search.indexer.drain();
});
afterAll(async () => {
  await platform?.close();
});

async function postNeed(body: Record<string, unknown> = {}) {
  const res = await enterprise.post(
    '/needs',
    needInput({
      title: '物流工厂视觉与排产',
      sector: 'logistics',
      requiredSkills: skills,
      ...body,
    }),
  );
  expect(res.status).toBe(201);
  return res.body.need.id as string;
}

type Match = {
  expert: { id: string };
  score: number;
  explanation: Record<string, unknown> & { reasons: string[] };
};
const idsOf = (items: Match[]) => items.map((m) => m.expert.id);

describe('GET /needs/:id/matches', () => {
  it('when experts cover the need differently, then the one with every skill and the sector comes first, with reasons', async () => {
    const needId = await postNeed();
    const res = await enterprise.get(`/needs/${needId}/matches`).expect(200);
    const items = res.body.items as Match[];
    expect(idsOf(items).slice(0, 2)).toEqual([experts.full, experts.fullNoSector]);
    expect(idsOf(items).slice(2, 4)).toContain(experts.half);
    const [best] = items;
    expect(best?.score).toBeGreaterThan(0.9);
    expect(best?.score).toBeLessThanOrEqual(1);
    expect(best?.explanation).toMatchObject({
      matchedSkills: skills,
      missingSkills: [],
      sectorMatch: true,
      pool: 'qingdao',
    });
    expect(best?.explanation.reasons.join(' ')).toContain('机器视觉');
    const half = items.find((m) => m.expert.id === experts.half);
    expect(half?.explanation).toMatchObject({
      matchedSkills: ['machine-vision'],
      missingSkills: ['aps'],
    });
    expect(items.every((m, i) => i === 0 || (items[i - 1] as Match).score >= m.score)).toBe(true);
  });

  it('when matching, then unverified, unavailable and same-organization experts never appear', async () => {
    const needId = await postNeed();
    const ids = idsOf((await enterprise.get(`/needs/${needId}/matches?limit=100`)).body.items);
    expect(ids).not.toContain(experts.pending);
    expect(ids).not.toContain(experts.unavailable);
    expect(ids).not.toContain(experts.sameOrg);
    expect(ids).toContain(experts.shenzhen);
  });

  it('when the Shenzhen pool closes to other cities, then its experts leave a Qingdao need’s matches', async () => {
    const needId = await postNeed();
    expect((await bureau.patch('/pools/shenzhen', { openToOtherCities: false })).status).toBe(200);
    try {
      const ids = idsOf((await enterprise.get(`/needs/${needId}/matches?limit=100`)).body.items);
      expect(ids).not.toContain(experts.shenzhen);
      const bureauView = idsOf((await bureau.get(`/needs/${needId}/matches?limit=100`)).body.items);
      expect(bureauView).not.toContain(experts.shenzhen);
    } finally {
      await bureau.patch('/pools/shenzhen', { openToOtherCities: true });
    }
  });

  it('when the need names its skills only in the text, then they are suggested and used', async () => {
    const needId = await postNeed({
      requiredSkills: undefined,
      description: '需要机器视觉质检与高级排程（APS）专家。',
    });
    const res = await enterprise.get(`/needs/${needId}/matches`).expect(200);
    expect(res.body).toMatchObject({ skillsSource: 'suggested' });
    expect(res.body.skills).toEqual(expect.arrayContaining(skills));
    expect(idsOf(res.body.items)[0]).toBe(experts.full);
  });

  it('when the caller asks in English, then the reasons are English, the listed skills capitalised, cities included', async () => {
    const needId = await postNeed();
    const res = await enterprise
      .get(`/needs/${needId}/matches`)
      .set('Accept-Language', 'en-US,en;q=0.9')
      .expect(200);
    const { reasons } = (res.body.items[0] as Match).explanation;
    expect(reasons[0]).toMatch(
      /^Has the required skills: Machine-vision inspection, Advanced planning and scheduling /,
    );
    expect(reasons).toContain('Qingdao pool, Qingdao');
    expect(reasons.join(' ')).not.toMatch(/\p{Script=Han}/u);
  });

  it('when another enterprise or an expert asks for the matches, then 404 and 403; a bad limit is a 400', async () => {
    const needId = await postNeed();
    const other = (await registeredClient(platform.url, enterpriseRegistration())).client;
    const expert = (await registeredClient(platform.url, expertRegistration())).client;
    expect((await other.get(`/needs/${needId}/matches`)).status).toBe(403);
    expect((await expert.get(`/needs/${needId}/matches`)).status).toBe(404);
    expect((await enterprise.get(`/needs/${needId}/matches?limit=1000`)).status).toBe(400);
    expect((await enterprise.get(`/needs/${new Types.ObjectId().toString()}/matches`)).status).toBe(
      404,
    );
  });

  it('when an expert’s profile changes, then the index follows and matching sees it', async () => {
    const { client, expert } = await verifiedExpert(platform.url, bureau, {
      skills: ['cold-chain'],
      sectors: ['logistics'],
    });
    await platform.search.indexer.drain();
    const needId = await postNeed({ requiredSkills: ['cold-chain'] });
    expect(idsOf((await enterprise.get(`/needs/${needId}/matches`)).body.items)).toContain(
      expert.id,
    );
    expect((await client.put('/experts/me', { ...expertProfileWith('unavailable') })).status).toBe(
      200,
    );
    await platform.search.indexer.drain();
    expect(idsOf((await enterprise.get(`/needs/${needId}/matches`)).body.items)).not.toContain(
      expert.id,
    );
  });

  it('when the index has not yet seen a change that disqualifies the best expert, then the next one takes the place', async () => {
    const profile = { ...expertProfileWith('available'), skills: ['tsn'] };
    const best = await verifiedExpert(platform.url, bureau, profile);
    const next = await verifiedExpert(platform.url, bureau, { ...profile, sectors: ['chemicals'] });
    await platform.search.indexer.drain();
    const needId = await postNeed({ requiredSkills: ['tsn'] });
    const first = async () =>
      idsOf((await enterprise.get(`/needs/${needId}/matches?limit=1`).expect(200)).body.items);
    expect(await first()).toEqual([best.expert.id]);
    await platform.search.indexer.stop();
    try {
      expect(
        (await best.client.put('/experts/me', { ...profile, availability: 'unavailable' })).status,
      ).toBe(200);
      expect(await first()).toEqual([next.expert.id]);
    } finally {
      platform.search.indexer.start();
    }
  });
});

function expertProfileWith(availability: string) {
  return {
    name: '冷链专家',
    organization: '青岛智造研究院',
    city: '青岛',
    pool: 'qingdao',
    skills: ['cold-chain'],
    sectors: ['logistics'],
    availability,
  };
}

describe('extraction', () => {
  it('when the enterprise draws experts, then the draw is recorded with its seed, qualified only, and replays identically', async () => {
    const needId = await postNeed();
    const res = await enterprise.post(`/needs/${needId}/extraction`, { count: 2 });
    expect(res.status).toBe(201);
    const drawn = res.body as {
      id: string;
      seed: number;
      experts: Array<{ id: string }>;
      candidates: number;
    };
    expect(drawn.experts).toHaveLength(2);
    expect(typeof drawn.seed).toBe('number');
    for (const id of drawn.experts.map((e) => e.id)) {
      expect([experts.pending, experts.unavailable, experts.sameOrg]).not.toContain(id);
    }
    const replay = await enterprise
      .get(`/needs/${needId}/extraction/${drawn.id}/replay`)
      .expect(200);
    expect(replay.body).toEqual({
      consistent: true,
      expertIds: drawn.experts.map((e) => e.id),
      seed: drawn.seed,
      reserveIds: [],
      topUps: [],
    });
    const past = await enterprise.get(`/needs/${needId}/extraction`).expect(200);
    expect(past.body.items[0]).toMatchObject({ id: drawn.id, seed: drawn.seed });
  });

  it('when more experts are asked for than qualify, then all qualified ones are drawn; a bad count is a 400', async () => {
    const needId = await postNeed();
    const res = await enterprise.post(`/needs/${needId}/extraction`, {
      count: 50,
      pools: ['qingdao'],
    });
    expect(res.status).toBe(201);
    // The Qingdao pool holds three experts with a skill of the need within the rules.
    const qualified = [experts.full, experts.fullNoSector, experts.half].sort();
    expect(res.body.experts.map((e: { id: string }) => e.id).sort()).toEqual(qualified);
    expect(res.body.candidates).toBe(qualified.length);
    expect((await enterprise.post(`/needs/${needId}/extraction`, { count: 0 })).status).toBe(400);
  });
});
