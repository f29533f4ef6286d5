import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformWithEnterprise, SHENZHEN_EXPERT } from '@test/support/arranged';
import { submittedExpert } from '@test/support/factories';
import {
  acceptedInvitation,
  connectedSocket,
  expert,
  invite,
  nextEvent,
  openNeed,
  pendingInvitation,
} from '@test/support/invitations';
import { periodOf } from './stats.service';

/**
 * A small alliance made through the API: two verified experts (Qingdao, Shenzhen), one pending;
 * a Qingdao enterprise with three needs: one completed with the Shenzhen expert, one declined by
 * the Qingdao expert, one never touched.
 */
const setup = platformWithEnterprise({
  admin: true,
  experts: {
    qingdao: { skills: ['edge-computing', 'tsn'], sectors: ['home-appliances'] },
    shenzhen: { ...SHENZHEN_EXPERT, skills: ['edge-computing', 'iiot-sensing'] },
  },
});
let matchedNeedId: string;

beforeAll(async () => {
  const { platform, owner, experts } = setup;
  await submittedExpert(platform.url, { skills: ['digital-twin'] });

  const { collaborationId } = await acceptedInvitation(owner.client, experts.shenzhen);
  for (const move of ['agreement', 'complete']) {
    const moved = await owner.client.post(`/collaborations/${collaborationId}/${move}`);
    if (moved.status !== 200) throw new Error(`${move} failed: ${moved.status}`);
  }

  const declined = await pendingInvitation(owner.client, experts.qingdao);
  const decline = await experts.qingdao.client.post(`/invitations/${declined}/decline`, {
    reason: '档期已满',
  });
  if (decline.status !== 200) throw new Error(`decline failed: ${decline.status}`);

  matchedNeedId = await openNeed(owner.client, {
    title: '注塑车间设备联网与边缘计算改造',
    requiredSkills: ['edge-computing'],
  });
  await owner.client.get(`/needs/${matchedNeedId}/matches`).expect(200);
}, 60_000);

describe('statistics for the bureau', () => {
  it('when the bureau reads the overview, then it counts every part of the alliance', async () => {
    const res = await setup.bureau.get('/stats/overview').expect(200);
    expect(res.body).toMatchObject({
      experts: {
        total: 3,
        verified: 2,
        byPool: { qingdao: 2, shenzhen: 1, other: 0 },
        byVerification: { verified: 2, pending: 1 },
      },
      needs: { total: 3, byKind: { diagnosis: 3 }, byStatus: { open: 3 } },
      invitations: {
        total: 2,
        accepted: 1,
        declined: 1,
        pending: 0,
        expired: 0,
        withdrawn: 0,
        acceptanceRate: 0.5,
      },
      collaborations: { total: 1, byStatus: { completed: 1 }, crossCity: 1 },
      agreements: { total: 0, byKind: {} },
    });
    expect(res.body.organizations.total).toBeGreaterThanOrEqual(1);
    expect(res.body.invitations.medianResponseHours).toBeGreaterThanOrEqual(0);
  });

  it('when the bureau reads the funnel, then each stage counts the needs that reached it or went further', async () => {
    const res = await setup.bureau.get('/stats/funnel').expect(200);
    // Two needs were invited without their matches being opened: they passed matching all the same.
    expect(res.body.stages).toEqual([
      { stage: 'needs', count: 3 },
      { stage: 'matched', count: 3 },
      { stage: 'invited', count: 2 },
      { stage: 'accepted', count: 1 },
      { stage: 'agreed', count: 1 },
      { stage: 'completed', count: 1 },
    ]);
    const future = await setup.bureau.get('/stats/funnel?from=2099-01-01').expect(200);
    expect(future.body.stages[0]).toEqual({ stage: 'needs', count: 0 });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const within = await setup.bureau.get(`/stats/funnel?from=${today}&to=${today}`).expect(200);
    expect(within.body.stages[0]).toEqual({ stage: 'needs', count: 3 });
  });

  it('when the bureau reads the skills gap, then open demand meets verified supply per skill', async () => {
    const res = await setup.bureau.get('/stats/skills-gap').expect(200);
    const bySkill = new Map(
      (res.body.items as Array<{ skill: string }>).map((item) => [item.skill, item]),
    );
    // Every need of the factory asks for edge computing and IIoT sensing; both verified experts
    // have edge computing, only the Shenzhen one IIoT sensing; the pending expert never counts.
    expect(bySkill.get('edge-computing')).toMatchObject({ demand: 3, supply: 2, gap: 1 });
    expect(bySkill.get('iiot-sensing')).toMatchObject({ demand: 2, supply: 1, gap: 1 });
    expect(bySkill.get('tsn')).toMatchObject({ demand: 0, supply: 1, gap: -1, zh: '时间敏感网络' });
    expect(bySkill.has('digital-twin')).toBe(false);
  });

  it('when the bureau reads cross-city work, then invitations and collaborations sit by city and pool', async () => {
    const res = await setup.bureau.get('/stats/cross-city').expect(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([
        { city: '青岛', pool: 'shenzhen', invitations: 1, collaborations: 1 },
        { city: '青岛', pool: 'qingdao', invitations: 1, collaborations: 0 },
      ]),
    );
  });

  it('when the bureau reads the trend, then this month holds what started in it', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const res = await setup.bureau.get('/stats/trend').expect(200);
    expect(res.body.granularity).toBe('month');
    expect(res.body.items).toContainEqual({
      period: month,
      needs: 3,
      invitations: 2,
      collaborations: 1,
      completed: 1,
      experts: 3,
    });
    // Twelve months by default, quiet ones included.
    expect(res.body.items).toHaveLength(12);
    expect(res.body.items[0]).toMatchObject({ needs: 0, experts: 0 });
    const ranged = await setup.bureau.get('/stats/trend?from=2021-01-01&to=2021-03-31').expect(200);
    expect(ranged.body.items.map((item: { period: string }) => item.period)).toEqual([
      '2021-01',
      '2021-02',
      '2021-03',
    ]);
    const weekly = await setup.bureau.get('/stats/trend?granularity=week').expect(200);
    expect(weekly.body.items.at(-1).period).toBe(periodOf(new Date(), 'week'));
  });

  it('when periods are computed, then ISO weeks follow the calendar across year ends', () => {
    expect(periodOf(new Date('2021-03-30T10:00:00Z'), 'month')).toBe('2021-03');
    expect(periodOf(new Date('2021-03-30T10:00:00Z'), 'week')).toBe('2021-W13');
    expect(periodOf(new Date('2021-01-03T10:00:00Z'), 'week')).toBe('2020-W53');
    expect(periodOf(new Date('2024-12-30T10:00:00Z'), 'week')).toBe('2025-W01');
  });

  it('when something happens early on the 1st or on a Monday in Beijing, then it counts in that month and week, not the UTC one', () => {
    // 07:00 on 1 March in Beijing is still 28 February in UTC.
    expect(periodOf(new Date('2026-02-28T23:00:00Z'), 'month')).toBe('2026-03');
    expect(periodOf(new Date('2026-02-28T15:59:59Z'), 'month')).toBe('2026-02');
    // Monday 2 March 07:30 in Beijing opens ISO week 10; in UTC it is still Sunday of week 9.
    expect(periodOf(new Date('2026-03-01T23:30:00Z'), 'week')).toBe('2026-W10');
    expect(periodOf(new Date('2026-03-01T15:30:00Z'), 'week')).toBe('2026-W09');
  });

  it('when the bureau exports, then one CSV holds every number, labelled for a clerk, ready for Excel', async () => {
    const res = await setup.bureau.get('/stats/export.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = res.text;
    expect(text.startsWith('\uFEFF分类,项目,指标,数值\r\n')).toBe(true);
    expect(text).toContain('专家,专家库,深圳专家库,1\r\n');
    expect(text).toContain('需求转化漏斗,已完成,需求数,1\r\n');
    expect(text).toContain('技能供需缺口,边缘计算,缺口,1\r\n');
  });

  it('when the bureau exports in English, then skills and sectors are named as the pages show them', async () => {
    const text = (
      await setup.bureau.get('/stats/export.csv').set('Accept-Language', 'en').expect(200)
    ).text;
    expect(text).toContain(',Edge computing,Gap,1\r\n');
    expect(text).toContain(',Industrial IoT,Demand (open needs),2\r\n');
  });

  it('when someone other than the bureau or an admin asks, then 403; without a session, 401', async () => {
    for (const path of ['/stats/overview', '/stats/funnel', '/stats/export.csv']) {
      expect((await setup.owner.client.get(path)).status).toBe(403);
      expect((await setup.experts.qingdao.client.get(path)).status).toBe(403);
      expect((await request(setup.platform.url).get(`/api/v1${path}`)).status).toBe(401);
    }
    await setup.admin.get('/stats/overview').expect(200);
  });

  it('when a range or granularity is malformed, then 400 naming it', async () => {
    const cases: Array<[string, string]> = [
      ['/stats/funnel?from=yesterday', 'query.from'],
      ['/stats/funnel?from=2026-05-01&to=2026-04-01', 'query.to'],
      ['/stats/trend?granularity=year', 'query.granularity'],
      ['/stats/funnel?unknown=1', 'query.unknown'],
    ];
    for (const [path, field] of cases) {
      const res = await setup.bureau.get(path);
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
  });

  it('when an invitation is sent, then the bureau’s socket is told the statistics changed and the next read counts it', async () => {
    const { platform, bureau, bureauUser, owner } = setup;
    const socket = await connectedSocket(platform.url, { client: bureau, user: bureauUser });
    try {
      // Verifying this expert changes the statistics: its push goes by first, so that the next
      // one answers the invitation.
      const verified = nextEvent(socket, 'stats:updated', () => true, 10_000);
      const other = await expert(platform.url, bureau);
      await verified;
      const before = await bureau.get('/stats/overview').expect(200);
      const updated = nextEvent<{ at: string }>(socket, 'stats:updated', () => true, 10_000);
      await invite(owner.client, matchedNeedId, other.expertId).then((res) =>
        expect(res.status).toBe(201),
      );
      expect(Date.parse((await updated).at)).not.toBeNaN();
      // The figures read just before are not served again from the cache.
      const after = await bureau.get('/stats/overview').expect(200);
      expect(after.body.invitations.total).toBe(before.body.invitations.total + 1);
    } finally {
      socket.close();
    }
  });
});
