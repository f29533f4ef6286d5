import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformWithEnterprise, SHENZHEN_EXPERT } from '@test/support/arranged';
import { invite, openNeed } from '@test/support/invitations';
import { seedDemoNeeds } from '../needs';

const setup = platformWithEnterprise({
  other: '深圳',
  experts: {
    qingdao: { skills: ['edge-computing'], sectors: ['home-appliances'] },
    shenzhen: { ...SHENZHEN_EXPERT, skills: ['edge-computing', 'iiot-sensing'] },
  },
});
let scenarioId: string;
let shenzhenNeedId: string;

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * Two cities and two sectors, at two times:
 * - a catalogue scenario of the Qingdao enterprise (home appliances) published on 1 May 2021 at
 *   07:30 Beijing time (still 30 April in UTC), answered by the Shenzhen expert, who accepted;
 * - another catalogue scenario late on 30 April 2021 in Beijing, never touched;
 * - today: the Shenzhen enterprise's own electronics need, to which the Qingdao expert is invited;
 *   the Qingdao enterprise's own home-appliance need, untouched.
 */
beforeAll(async () => {
  const { owner: qingdaoOwner, other: shenzhenOwner, experts } = setup;
  const organizationId = new Types.ObjectId(qingdaoOwner.user.organizationId);
  const scenario = (seedKey: string, title: string, createdAt: string) => ({
    seedKey,
    organizationId,
    title,
    description: '【应用场景】注塑车间设备联网，实现设备数据采集与预测性维护。',
    requiredSkills: ['edge-computing'],
    kind: 'scenario',
    sector: 'home-appliances',
    city: '青岛',
    release: '测试发布',
    createdAt: new Date(createdAt),
  });
  await seedDemoNeeds([
    scenario('stats-filters-1', '注塑车间设备联网场景', '2021-05-01T07:30:00+08:00'),
    scenario('stats-filters-0', '冲压线能耗监测场景', '2021-04-30T23:30:00+08:00'),
  ]);
  const seeded = await qingdaoOwner.client.get('/needs?mine=true&kind=scenario').expect(200);
  scenarioId = (seeded.body.items as Array<{ id: string; title: string }>).find(
    (need) => need.title === '注塑车间设备联网场景',
  )!.id;
  const invited = await invite(qingdaoOwner.client, scenarioId, experts.shenzhen.expertId);
  expect(invited.status).toBe(201);
  const accepted = await experts.shenzhen.client.post(
    `/invitations/${invited.body.invitation.id}/accept`,
  );
  expect(accepted.status).toBe(200);

  shenzhenNeedId = await openNeed(shenzhenOwner.client, {
    title: '电子装配线视觉检测',
    sector: 'electronics',
    city: '深圳',
    requiredSkills: ['iiot-sensing'],
  });
  expect(
    (await invite(shenzhenOwner.client, shenzhenNeedId, experts.qingdao.expertId)).status,
  ).toBe(201);
  await openNeed(qingdaoOwner.client, { title: '家电总装线数字孪生' });
}, 60_000);

/** The bureau reads a figure; Chinese in the query is percent-encoded as a browser would. */
const read = (path: string) => setup.bureau.get(encodeURI(path));

const stages = (rows: Array<{ stage: string; count: number }>) =>
  Object.fromEntries(rows.map((row) => [row.stage, row.count]));

describe('statistics filtered by date, city and sector', () => {
  it('when the overview is filtered, then each part counts only what lies in the range, city and sector', async () => {
    const all = (await read('/stats/overview').expect(200)).body;
    expect(all.needs.total).toBe(4);
    expect(all.invitations.total).toBe(2);

    const shenzhen = (await read('/stats/overview?city=深圳').expect(200)).body;
    expect(shenzhen.needs).toMatchObject({ total: 1, byKind: { diagnosis: 1 } });
    expect(shenzhen.invitations).toMatchObject({ total: 1, pending: 1, accepted: 0 });
    expect(shenzhen.collaborations.total).toBe(0);
    expect(shenzhen.experts).toMatchObject({ total: 1, byPool: { shenzhen: 1, qingdao: 0 } });

    const appliances = (await read('/stats/overview?sector=home-appliances').expect(200)).body;
    expect(appliances.needs).toMatchObject({ total: 3, byKind: { scenario: 2, diagnosis: 1 } });
    expect(appliances.invitations).toMatchObject({ total: 1, accepted: 1 });
    expect(appliances.collaborations).toMatchObject({ total: 1, crossCity: 1 });
    expect(appliances.experts.total).toBe(1);

    // Invitations, collaborations and experts were all made today; the scenarios in 2021.
    const may2021 = (await read('/stats/overview?from=2021-05-01&to=2021-05-31').expect(200)).body;
    expect(may2021.needs.total).toBe(1);
    expect(may2021.invitations.total).toBe(0);
    expect(may2021.experts.total).toBe(0);
    const now = (await read(`/stats/overview?from=${today}&to=${today}`).expect(200)).body;
    expect(now.needs.total).toBe(2);
    expect(now.invitations.total).toBe(2);
    expect(now.collaborations.total).toBe(1);
  });

  it('when a bare date is given, then it is a Beijing calendar day', async () => {
    // 07:30 on 1 May in Beijing is 30 April in UTC; 23:30 on 30 April in Beijing is not 1 May.
    const may1 = (await read('/stats/funnel?from=2021-05-01&to=2021-05-01').expect(200)).body;
    expect(stages(may1.stages).needs).toBe(1);
    const april30 = (await read('/stats/funnel?from=2021-04-30&to=2021-04-30').expect(200)).body;
    expect(stages(april30.stages).needs).toBe(1);
    expect(april30.from).toBe('2021-04-30');
  });

  it('when the funnel is read, then the catalogue’s scenarios stand apart from the enterprises’ own needs', async () => {
    const all = (await read('/stats/funnel').expect(200)).body;
    expect(stages(all.stages)).toMatchObject({ needs: 4, invited: 2, accepted: 1 });
    expect(stages(all.bySource.own)).toEqual({
      needs: 2,
      matched: 1,
      invited: 1,
      accepted: 0,
      agreed: 0,
      completed: 0,
    });
    expect(stages(all.bySource.catalogue)).toMatchObject({ needs: 2, invited: 1, accepted: 1 });

    const qingdao = (await read('/stats/funnel?city=青岛').expect(200)).body;
    expect(stages(qingdao.bySource.own)).toMatchObject({ needs: 1, invited: 0 });
    expect(stages(qingdao.bySource.catalogue)).toMatchObject({ needs: 2, accepted: 1 });
    const electronics = (await read('/stats/funnel?sector=electronics').expect(200)).body;
    expect(stages(electronics.stages)).toMatchObject({ needs: 1, invited: 1 });
    expect(stages(electronics.bySource.catalogue).needs).toBe(0);
  });

  it('when cross-city work is filtered, then the cells hold only the filtered needs’ invitations and collaborations', async () => {
    const electronics = (await read('/stats/cross-city?sector=electronics').expect(200)).body;
    expect(electronics.items).toEqual([
      { city: '深圳', pool: 'qingdao', invitations: 1, collaborations: 0 },
    ]);
    const qingdao = (await read('/stats/cross-city?city=青岛').expect(200)).body;
    expect(qingdao.items).toEqual([
      { city: '青岛', pool: 'shenzhen', invitations: 1, collaborations: 1 },
    ]);
    const before = (await read('/stats/cross-city?to=2021-12-31').expect(200)).body;
    expect(before.items).toEqual([]);
  });

  it('when the bureau lists the cross-city pairs, then each names the organization, expert, need, status and time, newest first, paged, without contact data', async () => {
    const res = (await read('/stats/cross-city/pairs').expect(200)).body;
    expect(res).toMatchObject({ total: 2, page: 1, limit: 20 });
    const [newest, oldest] = res.items;
    expect(newest).toMatchObject({
      need: {
        id: shenzhenNeedId,
        title: '电子装配线视觉检测',
        city: '深圳',
        sector: 'electronics',
      },
      organization: { name: setup.other.organizationName },
      expert: { id: setup.experts.qingdao.expertId, pool: 'qingdao' },
      invitationStatus: 'pending',
    });
    expect(newest.collaborationStatus).toBeUndefined();
    expect(oldest).toMatchObject({
      need: { id: scenarioId, city: '青岛' },
      organization: { name: setup.owner.organizationName },
      expert: { id: setup.experts.shenzhen.expertId, pool: 'shenzhen' },
      invitationStatus: 'accepted',
      collaborationStatus: 'active',
    });
    expect(Date.parse(oldest.invitedAt)).not.toBeNaN();
    expect(JSON.stringify(res)).not.toMatch(/email|phone|contact/i);

    const second = (await read('/stats/cross-city/pairs?limit=1&page=2').expect(200)).body;
    expect(second).toMatchObject({ total: 2, page: 2, limit: 1 });
    expect(second.items.map((pair: { need: { id: string } }) => pair.need.id)).toEqual([
      scenarioId,
    ]);
    const shenzhen = (await read('/stats/cross-city/pairs?city=深圳').expect(200)).body;
    expect(shenzhen.total).toBe(1);
    expect((await setup.owner.client.get('/stats/cross-city/pairs')).status).toBe(403);
    expect((await setup.experts.shenzhen.client.get('/stats/cross-city/pairs')).status).toBe(403);
  });

  it('when fairness, the skills gap and the trend are filtered, then they follow the filters', async () => {
    expect((await read('/stats/fairness').expect(200)).body.engagements).toBe(1);
    expect((await read('/stats/fairness?city=深圳').expect(200)).body.engagements).toBe(0);
    const electronics = (await read('/stats/fairness?sector=electronics').expect(200)).body;
    expect(electronics).toMatchObject({ experts: 1, engagements: 0 });

    const gap = (await read('/stats/skills-gap?city=深圳').expect(200)).body;
    const bySkill = new Map(
      (gap.items as Array<{ skill: string }>).map((item) => [item.skill, item]),
    );
    expect(bySkill.get('iiot-sensing')).toMatchObject({ demand: 1 });
    expect(bySkill.get('edge-computing')).toMatchObject({ demand: 0 });

    const trend = (await read('/stats/trend?city=深圳').expect(200)).body;
    const month = today.slice(0, 7);
    expect(trend.items).toContainEqual(
      expect.objectContaining({ period: month, needs: 1, invitations: 1, collaborations: 0 }),
    );
    const may = (
      await read('/stats/trend?from=2021-05-01&to=2021-05-31&sector=home-appliances').expect(200)
    ).body;
    expect(may.items).toEqual([
      { period: '2021-05', needs: 1, invitations: 0, collaborations: 0, completed: 0, experts: 0 },
    ]);
  });

  it('when the export is filtered, then its rows are the filtered figures, the funnel by source included', async () => {
    const csv = (await read('/stats/export.csv?city=深圳').expect(200)).text;
    expect(csv).toContain('需求转化漏斗,发布需求,需求数,1\r\n');
    expect(csv).toContain('需求转化漏斗,发布需求,企业自有需求,1\r\n');
    expect(csv).toContain('需求转化漏斗,发布需求,目录场景需求,0\r\n');
    const all = (await read('/stats/export.csv').expect(200)).text;
    expect(all).toContain('需求转化漏斗,发布需求,需求数,4\r\n');
    const xlsx = await read('/stats/export.xlsx?sector=electronics&from=2021-01-01');
    expect(xlsx.status).toBe(200);
  });

  it('when a filter is malformed, then 400 names it on every figure', async () => {
    const paths = [
      '/stats/overview',
      '/stats/funnel',
      '/stats/skills-gap',
      '/stats/cross-city',
      '/stats/cross-city/pairs',
      '/stats/trend',
      '/stats/fairness',
      '/stats/export.csv',
      '/stats/export.xlsx',
    ];
    const cases: Array<[string, string]> = [
      ['sector=plastics-and-nothing', 'query.sector'],
      ['from=2026-05-01&to=2026-04-01', 'query.to'],
      ['from=someday', 'query.from'],
      [`city=${'青'.repeat(51)}`, 'query.city'],
    ];
    for (const path of paths)
      for (const [query, field] of cases) {
        const res = await read(`${path}?${query}`);
        expect(res.status, `${path}?${query}`).toBe(400);
        expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
      }
    const english = await read('/stats/overview?sector=nope').set('Accept-Language', 'en');
    expect(english.status).toBe(400);
    expect(english.body.error.details[0].path).toBe('query.sector');
  });
});
