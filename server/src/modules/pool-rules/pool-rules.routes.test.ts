import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needInput, staffClient } from '@test/support/factories';
import {
  acceptedInvitation,
  enterprise,
  expert,
  invite,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';

const DAY_MS = 24 * 60 * 60 * 1000;
const skills = ['cold-chain', 'port-logistics'];

let clock = Date.now();
let platform: TestPlatform;
let bureau: TestClient;
let first: EnterpriseParty;
let second: EnterpriseParty;
/** covers both skills: ranked first while free */
let busy: ExpertParty;
/** covers one skill */
let free: ExpertParty;
let collaborationId: string;

beforeAll(async () => {
  platform = await startTestPlatform({}, { now: () => new Date(clock) });
  bureau = (await staffClient(platform.url, 'bureau')).client;
  first = await enterprise(platform.url);
  second = await enterprise(platform.url);
  busy = await expert(platform.url, bureau, {
    name: '冷链全能专家',
    skills,
    sectors: ['logistics'],
  });
  free = await expert(platform.url, bureau, {
    name: '冷链专家',
    skills: ['cold-chain'],
    sectors: ['logistics'],
  });
}, 60_000);
afterAll(async () => {
  await platform?.close();
});

async function coldChainNeed(owner: TestClient) {
  const res = await owner.post(
    '/needs',
    needInput({ title: '冷链港口物流优化', sector: 'logistics', requiredSkills: skills }),
  );
  expect(res.status).toBe(201);
  return res.body.need.id as string;
}

type Match = { expert: { id: string }; explanation: { atCapacity?: string; reasons: string[] } };

async function matches(owner: TestClient, needId: string, language = 'zh-CN') {
  await platform.search.indexer.drain();
  const res = await owner.get(`/needs/${needId}/matches?limit=50`).set('Accept-Language', language);
  expect(res.status).toBe(200);
  return res.body.items as Match[];
}

async function drawAll(client: TestClient, needId: string, extra: object = {}) {
  await platform.search.indexer.drain();
  const res = await client.post(`/needs/${needId}/extraction`, { count: 50, ...extra });
  return res;
}

const ids = (items: Array<{ id: string }>) => items.map((e) => e.id);

async function setRules(body: Record<string, unknown>) {
  const res = await bureau.patch('/settings/pool', { reason: '测试规则', ...body });
  expect(res.status).toBe(200);
  return res.body;
}

describe('pool rules: settings', () => {
  it('when nothing was set, then the bureau reads the defaults and others may not read them', async () => {
    const res = await bureau.get('/settings/pool').expect(200);
    expect(res.body).toMatchObject({
      maxActiveCollaborations: 3,
      maxEngagementsPerYear: 10,
      rotationDays: 365,
    });
    expect((await first.client.get('/settings/pool')).status).toBe(403);
    expect(
      (await first.client.patch('/settings/pool', { rotationDays: 1, reason: 'x' })).status,
    ).toBe(403);
  });

  it('when a change comes without a reason or out of range, then 400 names the field and nothing changes', async () => {
    const noReason = await bureau.patch('/settings/pool', { maxActiveCollaborations: 2 });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body.error.details)).toContain('reason');
    const zero = await bureau.patch('/settings/pool', { maxActiveCollaborations: 0, reason: '试' });
    expect(zero.status).toBe(400);
    expect(JSON.stringify(zero.body.error.details)).toContain('maxActiveCollaborations');
    expect((await bureau.get('/settings/pool')).body.maxActiveCollaborations).toBe(3);
  });

  it('when the bureau changes a cap with a reason, then it is in force and says who changed it when', async () => {
    const saved = await setRules({ maxActiveCollaborations: 1 });
    expect(saved).toMatchObject({ maxActiveCollaborations: 1, maxEngagementsPerYear: 10 });
    expect(saved.updatedBy).toEqual(expect.any(String));
    expect(saved.updatedAt).toEqual(expect.any(String));
  });
});

describe('pool rules: load caps', () => {
  it('when an expert reaches the cap of ongoing collaborations, then matches list them last, marked and explained', async () => {
    ({ collaborationId } = await acceptedInvitation(first.client, busy));
    const needId = await coldChainNeed(second.client);
    const items = await matches(second.client, needId);
    const order = items.map((m) => m.expert.id);
    expect(order.indexOf(free.expertId)).toBeLessThan(order.indexOf(busy.expertId));
    const marked = items.find((m) => m.expert.id === busy.expertId);
    expect(marked?.explanation.atCapacity).toBe('active-collaborations');
    expect(marked?.explanation.reasons[0]).toContain('已满负荷');
    expect(
      items.find((m) => m.expert.id === free.expertId)?.explanation.atCapacity,
    ).toBeUndefined();
    const english = await matches(second.client, needId, 'en');
    expect(english.find((m) => m.expert.id === busy.expertId)?.explanation.reasons[0]).toContain(
      'At capacity',
    );
    const profile = await bureau.get(`/experts/${busy.expertId}`).expect(200);
    expect(profile.body.expert.atCapacity).toBe('active-collaborations');
  });

  it('when an expert is at a cap, then inviting them answers 409 with the reason in the caller’s language', async () => {
    const needId = await coldChainNeed(second.client);
    const zh = await invite(second.client, needId, busy.expertId);
    expect(zh.status).toBe(409);
    expect(zh.body.error.message).toContain('进行中的合作已达上限 1 项');
    const en = await second.client.agent
      .post(`/api/v1/needs/${needId}/invitations`)
      .set('x-csrf-token', await second.client.csrfToken())
      .set('Accept-Language', 'en')
      .send({ expertId: busy.expertId, message: 'An invitation' });
    expect(en.status).toBe(409);
    expect(en.body.error.message).toContain('At capacity');
  });

  it('when an expert is at a cap, then a draw never picks them and says how many it skipped', async () => {
    const needId = await coldChainNeed(second.client);
    const res = await drawAll(second.client, needId);
    expect(res.status).toBe(201);
    expect(ids(res.body.experts)).toContain(free.expertId);
    expect(ids(res.body.experts)).not.toContain(busy.expertId);
    expect(res.body.skipped).toEqual({ atCapacity: 1, rotation: 0 });
  });

  it('when the yearly cap is reached, then the expert is at capacity for the year even with no work ongoing', async () => {
    expect((await busy.client.post(`/collaborations/${collaborationId}/agreement`)).status).toBe(
      200,
    );
    expect((await busy.client.post(`/collaborations/${collaborationId}/complete`)).status).toBe(
      200,
    );
    await setRules({ maxActiveCollaborations: 3, maxEngagementsPerYear: 1 });
    const needId = await coldChainNeed(second.client);
    const marked = (await matches(second.client, needId)).find(
      (m) => m.expert.id === busy.expertId,
    );
    expect(marked?.explanation.atCapacity).toBe('engagements-per-year');
    expect(marked?.explanation.reasons[0]).toContain('本年度参与合作已达上限 1 次');
    expect((await invite(second.client, needId, busy.expertId)).status).toBe(409);
    await setRules({ maxEngagementsPerYear: 10 });
    const after = (await matches(second.client, needId)).find((m) => m.expert.id === busy.expertId);
    expect(after?.explanation.atCapacity).toBeUndefined();
  });
});

describe('pool rules: rotation', () => {
  it('when an expert completed work with the organization this year, then its draws skip them, other organizations’ do not', async () => {
    const own = await drawAll(first.client, await coldChainNeed(first.client));
    expect(own.status).toBe(201);
    expect(ids(own.body.experts)).not.toContain(busy.expertId);
    expect(own.body.skipped).toEqual({ atCapacity: 0, rotation: 1 });
    const other = await drawAll(second.client, await coldChainNeed(second.client));
    expect(ids(other.body.experts)).toContain(busy.expertId);
  });

  it('when the bureau overrides the rotation for one draw with a reason, then the expert may be drawn and the reason is recorded; an enterprise may not', async () => {
    const needId = await coldChainNeed(first.client);
    const refused = await drawAll(first.client, needId, { overrideRotation: '只有一位专家' });
    expect(refused.status).toBe(403);
    const noReason = await drawAll(bureau, needId, { overrideRotation: ' ' });
    expect(noReason.status).toBe(400);
    const res = await drawAll(bureau, needId, { overrideRotation: '该领域仅此一位专家' });
    expect(res.status).toBe(201);
    expect(ids(res.body.experts)).toContain(busy.expertId);
    expect(res.body.rotationOverride).toBe('该领域仅此一位专家');
    const listed = await bureau.get(`/needs/${needId}/extraction`).expect(200);
    expect(listed.body.items[0].rotationOverride).toBe('该领域仅此一位专家');
    const next = await drawAll(first.client, needId);
    expect(ids(next.body.experts)).not.toContain(busy.expertId);
  });

  it('when the rotation period has passed, then the organization’s draws may pick the expert again', async () => {
    clock += 366 * DAY_MS;
    const res = await drawAll(first.client, await coldChainNeed(first.client));
    expect(ids(res.body.experts)).toContain(busy.expertId);
    expect(res.body.skipped).toEqual({ atCapacity: 0, rotation: 0 });
  });

  it('when a new calendar year starts, then last year’s engagements no longer count toward the yearly cap', async () => {
    await setRules({ maxEngagementsPerYear: 1 });
    const needId = await coldChainNeed(second.client);
    const listed = (await matches(second.client, needId)).find(
      (m) => m.expert.id === busy.expertId,
    );
    expect(listed?.explanation.atCapacity).toBeUndefined();
    expect((await bureau.get(`/experts/${busy.expertId}`)).body.expert.engagementsThisYear).toBe(0);
    await setRules({ maxEngagementsPerYear: 10 });
  });
});

describe('pool rules: yearly confirmation', () => {
  it('when profiles are over a year old, then the bureau sees them due by pool, and the expert sees it on the profile', async () => {
    const report = await bureau.get('/freshness').expect(200);
    const qingdao = report.body.items.find((item: { pool: string }) => item.pool === 'qingdao');
    expect(qingdao.due).toBeGreaterThanOrEqual(2);
    expect(qingdao.frozen).toBe(0);
    expect((await first.client.get('/freshness')).status).toBe(403);
    const own = await busy.client.get('/experts/me').expect(200);
    expect(own.body.expert.freshness).toBe('due');
  });

  it('when the bureau sends reminders in bulk, then due experts are notified once, and a repeat sends nothing new', async () => {
    const res = await bureau.post('/freshness/reminders', { pools: ['qingdao'] });
    expect(res.status).toBe(200);
    expect(res.body.reminded).toBeGreaterThanOrEqual(2);
    const notices = await busy.client.get('/notifications?limit=100').expect(200);
    const reminder = (notices.body.items as Array<{ type: string; href?: string }>).filter(
      (n) => n.type === 'profile.confirmation-reminder',
    );
    expect(reminder).toHaveLength(1);
    expect((await bureau.post('/freshness/reminders', { pools: ['qingdao'] })).body.reminded).toBe(
      0,
    );
    expect((await first.client.post('/freshness/reminders', {})).status).toBe(403);
  });

  it('when a profile is not confirmed for two years, then it is frozen: out of matching, draws, invitations and enterprises’ views', async () => {
    clock += 366 * DAY_MS;
    const report = await bureau.get('/freshness').expect(200);
    expect(
      report.body.items.find((item: { pool: string }) => item.pool === 'qingdao').frozen,
    ).toBeGreaterThanOrEqual(2);
    const needId = await coldChainNeed(second.client);
    const listed = (await matches(second.client, needId)).map((m) => m.expert.id);
    expect(listed).not.toContain(busy.expertId);
    const drawn = await drawAll(second.client, needId);
    expect(ids(drawn.body.experts)).not.toContain(busy.expertId);
    expect((await invite(second.client, needId, busy.expertId)).status).toBe(404);
    expect((await second.client.get(`/experts/${busy.expertId}`)).status).toBe(404);
    const search = await second.client.get('/experts?skills=cold-chain').expect(200);
    expect(ids(search.body.items)).not.toContain(busy.expertId);
    const staff = await bureau.get(`/experts/${busy.expertId}`).expect(200);
    expect(staff.body.expert.freshness).toBe('frozen');
  });

  it('when the expert confirms the profile, then it is current and found again', async () => {
    const res = await busy.client.post('/experts/me/confirm');
    expect(res.status).toBe(200);
    expect(res.body.expert.freshness).toBe('current');
    expect(res.body.expert.confirmedAt).toBe(new Date(clock).toISOString());
    const needId = await coldChainNeed(second.client);
    expect((await matches(second.client, needId)).map((m) => m.expert.id)).toContain(busy.expertId);
    expect((await second.client.get(`/experts/${busy.expertId}`)).status).toBe(200);
  });
});

describe('pool rules: fairness figures', () => {
  it('when one expert has every engagement, then the top 10% hold them all and the Gini coefficient says so', async () => {
    const res = await bureau.get('/stats/fairness').expect(200);
    const { experts, engagements, top10Share, gini, neverEngaged, lorenz, byPool, byTitle } =
      res.body;
    expect(engagements).toBe(1);
    expect(experts).toBeGreaterThanOrEqual(2);
    expect(neverEngaged).toBe(experts - 1);
    expect(top10Share).toBe(1);
    expect(gini).toBeCloseTo((experts - 1) / experts, 3);
    expect(lorenz).toHaveLength(21);
    expect(lorenz[20]).toEqual({ experts: 1, engagements: 1 });
    const qingdao = byPool.find((p: { key: string }) => p.key === 'qingdao');
    expect(qingdao).toMatchObject({ engaged: 1, engagements: 1 });
    expect(qingdao.invitations).toBeGreaterThanOrEqual(1);
    expect(qingdao.responseRate).toBeGreaterThan(0);
    expect(byTitle.map((t: { key: string }) => t.key)).toContain('高级工程师');
    expect((await first.client.get('/stats/fairness')).status).toBe(403);
  });

  it('when the statistics are exported, then the CSV carries the fairness figures', async () => {
    const res = await bureau.get('/stats/export.csv').expect(200);
    expect(res.text).toContain('公平性,集中度,基尼系数');
    expect(res.text).toContain('公平性（按专家库）,青岛专家库,参与次数,1');
    expect(res.text).toContain('公平性（按专家库）,青岛专家库,参与过的专家,1');
    expect(res.text).toMatch(/公平性,洛伦兹曲线 100%,参与次数,1\r\n/);
  });
});
