import { beforeAll, describe, expect, it } from 'vitest';
import { submittedExpert } from '@test/support/factories';
import {
  enterprise,
  expert,
  invite,
  openNeed,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const DAY_MS = 24 * 60 * 60 * 1000;
let clock = Date.now();
const setup = platformWithEnterprise({ start: [{}, { now: () => new Date(clock) }] });
let other: EnterpriseParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
});

/** Awaits a call of the test client and checks its status, saying what came back otherwise. */
async function status<R extends { status: number; body: unknown }>(
  call: Promise<R>,
  expected: number,
) {
  const res = await call;
  expect(res.status, JSON.stringify(res.body)).toBe(expected);
  return res;
}

interface Browsed {
  need: { id: string; title: string };
  fit: { score: number; matchedSkills: string[]; sectorMatch: boolean };
  interest?: { message?: string };
}

const browse = async (party: ExpertParty, query = '') =>
  (await party.client.get(`/needs/browse?${query}`).expect(200)).body as {
    items: Browsed[];
    total: number;
    blocked?: { obstacle: string; message: string };
  };

describe('experts browse open needs', () => {
  it('when an expert browses, then open needs they may take part in come by fit to their skills, and closed or avoiding needs do not', async () => {
    const tag = `浏览${Date.now()}`;
    const browser = await expert(setup.platform.url, setup.bureau, {
      skills: ['edge-computing', 'predictive-maintenance'],
      sectors: ['home-appliances'],
    });
    const best = await openNeed(setup.owner.client, {
      title: `${tag} 边缘计算与预测性维护`,
      requiredSkills: ['edge-computing', 'predictive-maintenance'],
    });
    const half = await openNeed(setup.owner.client, {
      title: `${tag} 边缘计算与视觉质检`,
      requiredSkills: ['edge-computing', 'machine-vision'],
      sector: 'textiles-apparel',
    });
    const unrelated = await openNeed(setup.owner.client, {
      title: `${tag} 冷链溯源`,
      requiredSkills: ['cold-chain'],
      sector: 'textiles-apparel',
    });
    const closed = await openNeed(setup.owner.client, { title: `${tag} 已关闭` });
    await status(setup.owner.client.post(`/needs/${closed}/close`), 200);
    const avoiding = await openNeed(setup.owner.client, {
      title: `${tag} 回避该专家`,
      avoidExperts: [browser.expertId],
    });

    const fitting = await browse(browser, `q=${encodeURIComponent(tag)}`);
    expect(fitting.items.map((item) => item.need.id)).toEqual([best, half]);
    expect(fitting.items[0]?.fit).toEqual({
      score: 1,
      matchedSkills: ['edge-computing', 'predictive-maintenance'],
      sectorMatch: true,
    });
    expect(fitting.items[1]?.fit.score).toBe(0.35);
    const all = await browse(browser, `q=${encodeURIComponent(tag)}&fitting=false&sort=newest`);
    expect(all.items.map((item) => item.need.id)).toEqual([unrelated, half, best]);
    expect(all.items.map((item) => item.need.id)).not.toContain(avoiding);

    // The need's own page follows the same rules.
    await browser.client.get(`/needs/${best}`).expect(200);
    expect((await browser.client.get(`/needs/${avoiding}`)).status).toBe(404);
    expect((await browser.client.get(`/needs/${closed}`)).status).toBe(404);
  });

  it('when needs fit equally, then the newer comes first, and pages cut that order with the total of all', async () => {
    const tag = `同分${Date.now()}`;
    const browser = await expert(setup.platform.url, setup.bureau, {
      skills: ['edge-computing'],
      sectors: ['home-appliances'],
    });
    const needOf = (title: string, requiredSkills: string[]) =>
      openNeed(setup.owner.client, {
        title: `${tag} ${title}`,
        requiredSkills,
        sector: 'textiles-apparel',
      });
    const older = await needOf('边缘计算一', ['edge-computing']);
    const weaker = await needOf('边缘计算与冷链', ['edge-computing', 'cold-chain']);
    const newer = await needOf('边缘计算二', ['edge-computing']);

    const q = `q=${encodeURIComponent(tag)}`;
    const whole = await browse(browser, q);
    expect(whole.items.map((item) => item.need.id)).toEqual([newer, older, weaker]);
    expect(whole.items.map((item) => item.fit.score)).toEqual([0.7, 0.7, 0.35]);
    const pages = [1, 2, 3, 4].map((page) => browse(browser, `${q}&limit=1&page=${page}`));
    const read = await Promise.all(pages);
    expect(read.map((page) => page.items.map((item) => item.need.id))).toEqual([
      [newer],
      [older],
      [weaker],
      [],
    ]);
    expect(read.map((page) => page.total)).toEqual([3, 3, 3, 3]);
  });

  it('when another role browses, then it is refused', async () => {
    expect((await setup.owner.client.get('/needs/browse')).status).toBe(403);
    expect((await setup.bureau.get('/needs/browse')).status).toBe(403);
  });

  it('when the expert’s pool is closed to the need’s city, then its needs are not shown nor open to interest', async () => {
    const tag = `库${Date.now()}`;
    const shenzhen = await expert(setup.platform.url, setup.bureau, {
      pool: 'shenzhen',
      city: '深圳',
    });
    const needId = await openNeed(setup.owner.client, { title: `${tag} 青岛需求` });
    expect((await browse(shenzhen, `q=${encodeURIComponent(tag)}`)).total).toBe(1);
    await status(setup.bureau.patch('/pools/shenzhen', { openToOtherCities: false }), 200);
    try {
      expect((await browse(shenzhen, `q=${encodeURIComponent(tag)}`)).total).toBe(0);
      expect((await shenzhen.client.post(`/needs/${needId}/interest`, {})).status).toBe(404);
    } finally {
      await status(setup.bureau.patch('/pools/shenzhen', { openToOtherCities: true }), 200);
    }
  });
});

describe('expressing interest', () => {
  it('when an expert expresses interest with a message, then the owner is notified and lists them beside the matches, and can invite them', async () => {
    const keen = await expert(setup.platform.url, setup.bureau, { name: '李感兴' });
    const needId = await openNeed(setup.owner.client, { title: '注塑车间设备联网' });
    const res = await keen.client.post(`/needs/${needId}/interest`, {
      message: '  做过类似项目，可以先远程交流。  ',
    });
    expect(res.status).toBe(201);
    expect(res.body.interest).toMatchObject({
      needId,
      expertId: keen.expertId,
      message: '做过类似项目，可以先远程交流。',
    });

    const notices = await setup.owner.client.get('/notifications').expect(200);
    expect(notices.body.items[0]).toMatchObject({
      type: 'need.interest',
      data: {
        needId,
        expertId: keen.expertId,
        expertName: '李感兴',
        needTitle: '注塑车间设备联网',
      },
    });
    expect(notices.body.items[0].body).toContain('李感兴');

    const listed = await setup.owner.client.get(`/needs/${needId}/interests`).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        expertId: keen.expertId,
        expertName: '李感兴',
        message: '做过类似项目，可以先远程交流。',
        matchedSkills: ['edge-computing'],
        invitable: true,
      }),
    ]);
    expect((await setup.bureau.get(`/needs/${needId}/interests`)).status).toBe(200);
    expect((await other.client.get(`/needs/${needId}/interests`)).status).toBe(403);
    expect((await keen.client.get(`/needs/${needId}/interests`)).status).toBe(404);

    const invited = await invite(setup.owner.client, needId, keen.expertId);
    expect(invited.status).toBe(201);
    const after = await setup.owner.client.get(`/needs/${needId}/interests`).expect(200);
    expect(after.body.items[0]).toMatchObject({
      invitation: { id: invited.body.invitation.id, status: 'pending' },
      invitable: false,
    });

    const mine = await keen.client.get('/interests/mine').expect(200);
    expect(mine.body.items[0]).toMatchObject({ needId, needTitle: '注塑车间设备联网' });
    const browsed = await browse(keen, `q=${encodeURIComponent('注塑车间设备联网')}`);
    expect(browsed.items[0]?.interest?.message).toBe('做过类似项目，可以先远程交流。');
  });

  it('when the expert expresses interest twice, then the second is a 409; withdrawn, it is gone and may be expressed again', async () => {
    const keen = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    await status(keen.client.post(`/needs/${needId}/interest`, {}), 201);
    const twice = await keen.client.post(`/needs/${needId}/interest`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('您已对该需求表示过感兴趣');

    await status(keen.client.delete(`/needs/${needId}/interest`), 204);
    expect((await setup.owner.client.get(`/needs/${needId}/interests`)).body.items).toEqual([]);
    expect((await keen.client.delete(`/needs/${needId}/interest`)).status).toBe(404);
    await status(keen.client.post(`/needs/${needId}/interest`, {}), 201);
  });

  it('when the message is too long or the body has unknown fields, then 400 names the field', async () => {
    const keen = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    const long = await keen.client.post(`/needs/${needId}/interest`, { message: '长'.repeat(301) });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].path).toBe('message');
    const unknown = await keen.client.post(`/needs/${needId}/interest`, { note: 'x' });
    expect(unknown.status).toBe(400);
  });

  it('when another role expresses or withdraws interest, then it is refused', async () => {
    const needId = await openNeed(setup.owner.client);
    expect((await setup.owner.client.post(`/needs/${needId}/interest`, {})).status).toBe(403);
    expect((await other.client.post(`/needs/${needId}/interest`, {})).status).toBe(403);
    expect((await setup.bureau.delete(`/needs/${needId}/interest`)).status).toBe(403);
    const unverified = await submittedExpert(setup.platform.url);
    const refused = await unverified.client.post(`/needs/${needId}/interest`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('档案通过审核后才能对需求表示感兴趣');
  });

  it('when the need avoids the expert or is closed, then it is not found for them', async () => {
    const avoided = await expert(setup.platform.url, setup.bureau);
    const avoiding = await openNeed(setup.owner.client, { avoidExperts: [avoided.expertId] });
    expect((await avoided.client.post(`/needs/${avoiding}/interest`, {})).status).toBe(404);
    const atOwner = await expert(setup.platform.url, setup.bureau, {
      organization: setup.owner.organizationName,
    });
    expect((await atOwner.client.post(`/needs/${avoiding}/interest`, {})).status).toBe(404);
    const closed = await openNeed(setup.owner.client);
    await status(setup.owner.client.post(`/needs/${closed}/close`), 200);
    expect((await avoided.client.post(`/needs/${closed}/interest`, {})).status).toBe(404);
  });

  it('when the expert is suspended, then they cannot express interest and browsing says why', async () => {
    const suspended = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    await status(
      setup.bureau.post(`/experts/${suspended.expertId}/suspensions`, {
        until: `${new Date(clock).getFullYear() + 1}-12-31`,
        reason: '多次爽约',
      }),
      201,
    );
    const refused = await suspended.client.post(`/needs/${needId}/interest`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('您已被暂停至');
    const browsed = await browse(suspended);
    expect(browsed.items).toEqual([]);
    expect(browsed.blocked?.obstacle).toBe('interest_suspended');
  });

  it('when an expert expresses interest again and again, then the 21st within an hour is throttled', async () => {
    const eager = await expert(setup.platform.url, setup.bureau);
    const needs: string[] = [];
    for (let i = 0; i < 21; i++)
      needs.push(await openNeed(setup.owner.client, { title: `需求 ${i}` }));
    for (const needId of needs.slice(0, 20))
      await status(eager.client.post(`/needs/${needId}/interest`, {}), 201);
    const throttled = await eager.client.post(`/needs/${needs[20]}/interest`, {});
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  // Last: moving the clock two years on freezes every profile of this platform.
  it('when the expert’s profile is frozen, then they cannot express interest', async () => {
    const stale = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    clock += 2 * 366 * DAY_MS;
    const refused = await stale.client.post(`/needs/${needId}/interest`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('请先确认档案');
  });
});
