import { beforeAll, describe, expect, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import type { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  enterprise,
  expert,
  invite,
  openNeed,
  pendingInvitation,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { until } from '@test/support/wait';
import { expireInvitations } from '../invitations';

const DAY_MS = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);
const nextYear = `${new Date().getFullYear() + 1}-06-30`;

const setup = platformWithEnterprise({ admin: true });
let other: EnterpriseParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url, '深圳');
});

/** The experts a need's matches and a draw of all its candidates return. */
async function reachable(client: TestClient, needId: string): Promise<string[]> {
  const matches = await client.get(`/needs/${needId}/matches?limit=50`).expect(200);
  const drawn = await client.post(`/needs/${needId}/extraction`, { count: 20 });
  expect(drawn.status).toBe(201);
  return [
    ...(matches.body.items as { expert: { id: string } }[]).map((i) => i.expert.id),
    ...(drawn.body.experts as { id: string }[]).map((e) => e.id),
  ];
}

const notificationsOf = async (client: TestClient) =>
  (await client.get('/notifications?limit=100').expect(200)).body.items as {
    type: string;
    data: Record<string, string>;
  }[];

describe('credit events', () => {
  it('when the bureau records a no-show on an expert, then the expert sees it without who recorded it and the bureau sees who', async () => {
    const subject = await expert(setup.platform.url, setup.bureau);
    const res = await setup.bureau.post(`/experts/${subject.expertId}/credit/events`, {
      kind: 'no_show',
      note: '现场诊断未到场',
    });
    expect(res.status).toBe(201);
    expect(res.body.event).toMatchObject({
      kind: 'no_show',
      source: 'bureau',
      by: expect.any(String),
    });

    const own = await subject.client.get('/credit/me').expect(200);
    expect(own.body.record.events).toEqual([
      expect.objectContaining({ kind: 'no_show', note: '现场诊断未到场' }),
    ]);
    expect(own.body.record.events[0].by).toBeUndefined();
    expect(own.body.record.rating).toEqual({ average: 0, count: 0 });
    const staffView = await setup.admin.get(`/experts/${subject.expertId}/credit`).expect(200);
    expect(staffView.body.record.events[0].by).toEqual(expect.any(String));
  });

  it('when anyone but staff records an event, or the input is wrong, then it is refused and nothing is written', async () => {
    const subject = await expert(setup.platform.url, setup.bureau);
    const body = { kind: 'complaint_upheld', note: '投诉成立' };
    expect(
      (await subject.client.post(`/experts/${subject.expertId}/credit/events`, body)).status,
    ).toBe(403);
    expect(
      (
        await setup.owner.client.post(
          `/organizations/${setup.owner.user.organizationId}/credit/events`,
          body,
        )
      ).status,
    ).toBe(403);
    const wrong = await setup.bureau.post(`/experts/${subject.expertId}/credit/events`, {
      kind: 'invitations_expired',
      note: 'x',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toContainEqual(expect.objectContaining({ path: 'kind' }));
    const empty = await setup.bureau.post(`/experts/${subject.expertId}/credit/events`, {
      kind: 'no_show',
      note: ' ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toContainEqual(expect.objectContaining({ path: 'note' }));
    const record = await setup.bureau.get(`/experts/${subject.expertId}/credit`).expect(200);
    expect(record.body.record.events).toEqual([]);
  });

  it('when others ask for a record, then only staff and the subject read it', async () => {
    const subject = await expert(setup.platform.url, setup.bureau);
    const stranger = await expert(setup.platform.url, setup.bureau);
    await setup.bureau
      .post(`/organizations/${setup.owner.user.organizationId}/credit/events`, {
        kind: 'outstanding_work',
        note: '项目成果获评优秀',
      })
      .then((res) => expect(res.status).toBe(201));
    expect((await stranger.client.get(`/experts/${subject.expertId}/credit`)).status).toBe(404);
    expect((await setup.owner.client.get(`/experts/${subject.expertId}/credit`)).status).toBe(404);
    expect(
      (await other.client.get(`/organizations/${setup.owner.user.organizationId}/credit`)).status,
    ).toBe(404);
    expect(
      (await subject.client.get(`/organizations/${setup.owner.user.organizationId}/credit`)).status,
    ).toBe(404);
    const own = await setup.owner.client
      .get(`/organizations/${setup.owner.user.organizationId}/credit`)
      .expect(200);
    expect(own.body.record.events).toEqual([expect.objectContaining({ kind: 'outstanding_work' })]);
    expect(own.body.record.rating).toBeUndefined();
    expect((await setup.bureau.get('/experts/0123456789abcdef01234567/credit')).status).toBe(404);
  });
});

describe('suspending an expert', () => {
  let subject: ExpertParty;
  let suspensionId: string;

  it('when the bureau suspends an expert, then matches, draws and invitations leave them out, and they are told the reason and end', async () => {
    subject = await expert(setup.platform.url, setup.bureau);
    const needId = await openNeed(setup.owner.client);
    // The search index takes the newly verified expert in a moment (Meilisearch a little later).
    const found = await until(
      async () => (await reachable(setup.owner.client, needId)).includes(subject.expertId),
      10_000,
    );
    expect(found).toBe(true);

    const res = await setup.bureau.post(`/experts/${subject.expertId}/suspensions`, {
      until: nextYear,
      reason: '一年内两次接受邀请后退出',
    });
    expect(res.status).toBe(201);
    suspensionId = res.body.suspension.id;
    expect(res.body.suspension).toMatchObject({ active: true, reason: '一年内两次接受邀请后退出' });

    expect(await reachable(setup.owner.client, await openNeed(setup.owner.client))).not.toContain(
      subject.expertId,
    );
    const invited = await invite(
      setup.owner.client,
      await openNeed(setup.owner.client),
      subject.expertId,
    );
    expect(invited.status).toBe(409);
    expect(invited.body.error.message).toContain('暂停');
    const conflicts = await setup.owner.client
      .get(`/needs/${needId}/conflicts?expertId=${subject.expertId}`)
      .set('accept-language', 'en')
      .expect(200);
    expect(conflicts.body).toMatchObject({
      conflicts: true,
      reasons: [expect.objectContaining({ kind: 'suspended' })],
    });
    expect(conflicts.body.reasons[0].message).toMatch(/^Suspended until/);

    const own = await subject.client.get('/credit/me').expect(200);
    expect(own.body.record.suspension).toMatchObject({
      id: suspensionId,
      reason: '一年内两次接受邀请后退出',
    });
    expect(new Date(own.body.record.suspension.until).getTime()).toBeGreaterThan(Date.now());
    expect(await notificationsOf(subject.client)).toContainEqual(
      expect.objectContaining({
        type: 'credit.suspended',
        data: expect.objectContaining({ suspensionId }),
      }),
    );
    const list = await setup.bureau.get('/credit/suspensions').expect(200);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ id: suspensionId, subjectName: '张伟' }),
    );
    expect((await setup.owner.client.get('/credit/suspensions')).status).toBe(403);
  });

  it('when a suspended expert is suspended again or the end is past, then it is refused', async () => {
    const again = await setup.bureau.post(`/experts/${subject.expertId}/suspensions`, {
      until: nextYear,
      reason: '再次',
    });
    expect(again.status).toBe(409);
    const other = await expert(setup.platform.url, setup.bureau);
    const past = await setup.bureau.post(`/experts/${other.expertId}/suspensions`, {
      until: '2020-01-01',
      reason: '过去',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.details).toContainEqual(expect.objectContaining({ path: 'until' }));
  });

  it('when the expert appeals and the bureau rejects, then both sides are told, and a second appeal waits while one is open', async () => {
    const appealed = await subject.client.post(`/suspensions/${suspensionId}/appeals`, {
      text: '当天突发疾病，已提供证明。',
    });
    expect(appealed.status).toBe(201);
    expect(
      (await subject.client.post(`/suspensions/${suspensionId}/appeals`, { text: '再次申诉' }))
        .status,
    ).toBe(409);
    expect(await notificationsOf(setup.bureau)).toContainEqual(
      expect.objectContaining({
        type: 'credit.appealed',
        data: expect.objectContaining({ suspensionId }),
      }),
    );
    expect(
      (
        await subject.client.post(`/suspensions/${suspensionId}/answer`, {
          outcome: 'upheld',
          note: '自己批准',
        })
      ).status,
    ).toBe(403);
    expect(
      (await setup.bureau.post(`/suspensions/${suspensionId}/appeals`, { text: '代为申诉' }))
        .status,
    ).toBe(403);
    const stranger = await expert(setup.platform.url, setup.bureau);
    expect(
      (await stranger.client.post(`/suspensions/${suspensionId}/appeals`, { text: '冒名申诉' }))
        .status,
    ).toBe(404);

    const answered = await setup.bureau.post(`/suspensions/${suspensionId}/answer`, {
      outcome: 'rejected',
      note: '证明材料不足',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.suspension.active).toBe(true);
    expect(answered.body.suspension.appeals[0].answer).toMatchObject({
      outcome: 'rejected',
      note: '证明材料不足',
    });
    expect(
      (
        await setup.bureau.post(`/suspensions/${suspensionId}/answer`, {
          outcome: 'rejected',
          note: '再答',
        })
      ).status,
    ).toBe(409);
    expect(await notificationsOf(subject.client)).toContainEqual(
      expect.objectContaining({
        type: 'credit.appeal-answered',
        data: expect.objectContaining({ outcome: 'rejected' }),
      }),
    );
  });

  it('when the bureau upholds a second appeal, then the suspension is lifted and the expert is matched again', async () => {
    await subject.client
      .post(`/suspensions/${suspensionId}/appeals`, { text: '补充医院证明。' })
      .then((r) => expect(r.status).toBe(201));
    const upheld = await setup.bureau.post(`/suspensions/${suspensionId}/answer`, {
      outcome: 'upheld',
      note: '证明属实',
    });
    expect(upheld.status).toBe(200);
    expect(upheld.body.suspension).toMatchObject({
      active: false,
      lifted: expect.objectContaining({ reason: '证明属实' }),
    });
    const own = await subject.client.get('/credit/me').expect(200);
    expect(own.body.record.suspension).toBeUndefined();
    expect(own.body.record.suspensions[0].appeals).toHaveLength(2);
    expect(await reachable(setup.owner.client, await openNeed(setup.owner.client))).toContain(
      subject.expertId,
    );
    expect(
      (await subject.client.post(`/suspensions/${suspensionId}/appeals`, { text: '又一次' }))
        .status,
    ).toBe(409);
  });
});

describe('suspending an organization', () => {
  it('when the bureau suspends an organization, then it can neither post needs nor invite (409 with the reason and end in the caller’s language), until lifted early', async () => {
    const suspended = await enterprise(setup.platform.url);
    const needId = await openNeed(suspended.client);
    const candidate = await expert(setup.platform.url, setup.bureau);
    const res = await setup.bureau.post(
      `/organizations/${suspended.user.organizationId}/suspensions`,
      {
        until: nextYear,
        reason: '虚假发布需求',
      },
    );
    expect(res.status).toBe(201);

    const posted = await suspended.client.post('/needs', {
      title: '设备联网改造',
      description: '需要边缘计算网关。',
      kind: 'diagnosis',
      sector: 'home-appliances',
      city: '青岛',
    });
    expect(posted.status).toBe(409);
    expect(posted.body.error.message).toMatch(/^该单位已被暂停至 .*虚假发布需求$/);
    const inEnglish = await suspended.client.agent
      .post('/api/v1/needs')
      .set('x-csrf-token', await suspended.client.csrfToken())
      .set('accept-language', 'en')
      .send({
        title: 'x',
        description: 'y',
        kind: 'diagnosis',
        sector: 'home-appliances',
        city: '青岛',
      });
    expect(inEnglish.status).toBe(409);
    expect(inEnglish.body.error.message).toMatch(
      /^The organization is suspended until .*虚假发布需求$/,
    );
    expect((await invite(suspended.client, needId, candidate.expertId)).status).toBe(409);

    const own = await suspended.client.get('/credit/me').expect(200);
    expect(own.body.record).toMatchObject({
      subjectType: 'organization',
      suspension: { reason: '虚假发布需求' },
    });
    expect(await notificationsOf(suspended.client)).toContainEqual(
      expect.objectContaining({ type: 'credit.suspended' }),
    );

    expect(
      (
        await suspended.client.post(`/suspensions/${res.body.suspension.id}/lift`, {
          reason: '自行解除',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await other.client.post(`/suspensions/${res.body.suspension.id}/lift`, {
          reason: '他人解除',
        })
      ).status,
    ).toBe(404);
    const lifted = await setup.bureau.post(`/suspensions/${res.body.suspension.id}/lift`, {
      reason: '已整改',
    });
    expect(lifted.status).toBe(200);
    expect(lifted.body.suspension).toMatchObject({ active: false, lifted: { reason: '已整改' } });
    expect(
      (await setup.bureau.post(`/suspensions/${res.body.suspension.id}/lift`, { reason: '再次' }))
        .status,
    ).toBe(409);
    expect((await invite(suspended.client, needId, candidate.expertId)).status).toBe(201);
    expect(await notificationsOf(suspended.client)).toContainEqual(
      expect.objectContaining({ type: 'credit.lifted' }),
    );
  });
});

describe('automatic events', () => {
  it('when an expert cancels an engagement they accepted, then it is recorded once on their record; the enterprise cancelling records nothing', async () => {
    const subject = await expert(setup.platform.url, setup.bureau);
    const { collaborationId } = await acceptedInvitation(setup.owner.client, subject);
    const cancelled = await subject.client.post(`/collaborations/${collaborationId}/cancel`, {
      reason: '时间冲突',
    });
    expect(cancelled.status).toBe(200);
    await subject.client.post(`/collaborations/${collaborationId}/cancel`, { reason: '时间冲突' });
    const record = await setup.bureau.get(`/experts/${subject.expertId}/credit`).expect(200);
    expect(record.body.record.events).toEqual([
      expect.objectContaining({
        kind: 'cancelled_after_accepting',
        source: 'automatic',
        note: '时间冲突',
      }),
    ]);

    const spared = await expert(setup.platform.url, setup.bureau);
    const byEnterprise = await acceptedInvitation(setup.owner.client, spared);
    await setup.owner.client
      .post(`/collaborations/${byEnterprise.collaborationId}/cancel`, {})
      .then((r) => expect(r.status).toBe(200));
    expect(
      (await setup.bureau.get(`/experts/${spared.expertId}/credit`).expect(200)).body.record.events,
    ).toEqual([]);
  });

  it('when an expert lets a third invitation expire within 180 days, then one event is recorded, not one per expiry', async () => {
    const subject = await expert(setup.platform.url, setup.bureau);
    const expiries = async () => {
      await pendingInvitation(setup.owner.client, subject);
      await expireInvitations(inDays(8));
    };
    await expiries();
    await expiries();
    const events = async () =>
      (await setup.bureau.get(`/experts/${subject.expertId}/credit`).expect(200)).body.record
        .events as {
        kind: string;
      }[];
    expect(await events()).toEqual([]);
    await expiries();
    expect(await events()).toEqual([
      expect.objectContaining({ kind: 'invitations_expired', source: 'automatic' }),
    ]);
    await expiries();
    expect(await events()).toHaveLength(1);
  });
});
