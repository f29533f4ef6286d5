import mongoose, { Types } from 'mongoose';
import type { Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { expertRegistration, registeredClient } from '@test/support/factories';
import type { TestClient } from '@test/support/platform';
import { findExpert } from '../experts';
import {
  connectedSocket,
  enterprise,
  expert,
  invite,
  nextEvent,
  openNeed,
  pendingInvitation,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let other: EnterpriseParty;

const DAY_MS = 24 * 60 * 60 * 1000;
const collection = (name: string) => mongoose.connection.collection(name);

/** Awaits a request made through TestClient and checks its status. */
async function ok(pending: Promise<Response>): Promise<Response> {
  const res = await pending;
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
});

const newExpert = (profile: Record<string, unknown> = {}) =>
  expert(setup.platform.url, setup.bureau, profile);

async function stored(invitationId: string) {
  return collection('invitations').findOne({ _id: new Types.ObjectId(invitationId) });
}

async function expertStats(expertId: string) {
  const record = await findExpert(expertId);
  return { ...record?.stats, activeCollaborations: record?.activeCollaborations };
}

async function notificationTypes(party: { client: TestClient }) {
  const res = await party.client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Array<{ type: string; data: Record<string, string> }>).map((n) => ({
    type: n.type,
    invitationId: n.data.invitationId,
  }));
}

describe('inviting an expert', () => {
  it('when the owner invites a verified expert, then it is pending, expires in 7 days, and counts in the expert’s stats', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    const res = await invite(setup.owner.client, needId, invited.expertId);
    expect(res.status).toBe(201);
    const { invitation } = res.body;
    expect(invitation).toMatchObject({
      needId,
      expertId: invited.expertId,
      organizationId: setup.owner.user.organizationId,
      invitedBy: setup.owner.user.id,
      status: 'pending',
      organizationName: setup.owner.organizationName,
      history: [{ status: 'pending', by: setup.owner.user.id }],
    });
    const lifetime = Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt);
    expect(Math.abs(lifetime - 7 * DAY_MS)).toBeLessThan(1000);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 1, responded: 0 });
  });

  it('when expiresInDays is given, then the invitation expires then', async () => {
    const invited = await newExpert();
    const res = await invite(
      setup.owner.client,
      await openNeed(setup.owner.client),
      invited.expertId,
      {
        expiresInDays: 3,
      },
    );
    expect(res.status).toBe(201);
    const lifetime =
      Date.parse(res.body.invitation.expiresAt) - Date.parse(res.body.invitation.createdAt);
    expect(Math.abs(lifetime - 3 * DAY_MS)).toBeLessThan(1000);
  });

  it('when the same expert is invited to the same need again, then it answers 200 with the existing invitation', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    const first = await invite(setup.owner.client, needId, invited.expertId);
    const again = await invite(setup.owner.client, needId, invited.expertId, {
      message: '再次邀请',
    });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.invitation.id).toBe(first.body.invitation.id);
    expect(again.body.invitation.message).toBe(first.body.invitation.message);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 1 });
  });

  it('when 20 identical invitations race, then exactly one is stored and every answer names it', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    await setup.owner.client.csrfToken();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => invite(setup.owner.client, needId, invited.expertId)),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(new Set(answers.map((a) => a.body.invitation.id)).size).toBe(1);
    const count = await collection('invitations').countDocuments({
      needId: new Types.ObjectId(needId),
      expertId: new Types.ObjectId(invited.expertId),
    });
    expect(count).toBe(1);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 1 });
    const notices = await notificationTypes(invited);
    expect(notices.filter((n) => n.type === 'invitation.new')).toHaveLength(1);
  });

  it('when one user sends more than 100 invitation requests in 10 minutes, then the next answers 429 with Retry-After', async () => {
    const flooding = await enterprise(setup.platform.url);
    const invited = await newExpert();
    const needId = await openNeed(flooding.client);
    await flooding.client.csrfToken();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => invite(flooding.client, needId, invited.expertId)),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(99);
    const refused = await invite(flooding.client, needId, invited.expertId);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another user's budget is their own.
    const ownNeed = await openNeed(setup.owner.client);
    expect((await invite(setup.owner.client, ownNeed, invited.expertId)).status).toBe(201);
  });

  it('when ids are malformed or fields unknown, then it answers 400 and stores nothing', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    expect((await invite(setup.owner.client, '123', invited.expertId)).status).toBe(400);
    const badExpert = await invite(setup.owner.client, needId, 'not-an-id');
    expect(badExpert.status).toBe(400);
    expect(badExpert.body.error.details).toContainEqual(
      expect.objectContaining({ path: 'expertId' }),
    );
    expect((await invite(setup.owner.client, needId, invited.expertId, { fee: 1 })).status).toBe(
      400,
    );
    expect(
      (await invite(setup.owner.client, needId, invited.expertId, { expiresInDays: 0 })).status,
    ).toBe(400);
    expect(
      (await invite(setup.owner.client, needId, invited.expertId, { message: '' })).status,
    ).toBe(400);
    expect(
      await collection('invitations').countDocuments({ needId: new Types.ObjectId(needId) }),
    ).toBe(0);
  });

  it('when the need or the expert does not exist, or the expert is unverified, then it answers 404', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    const unknown = new Types.ObjectId().toString();
    expect((await invite(setup.owner.client, unknown, invited.expertId)).status).toBe(404);
    expect((await invite(setup.owner.client, needId, unknown)).status).toBe(404);
    const unverified = await registeredClient(setup.platform.url, expertRegistration());
    expect((await invite(setup.owner.client, needId, unverified.user.expertId ?? '')).status).toBe(
      404,
    );
    expect(
      await collection('invitations').countDocuments({ needId: new Types.ObjectId(needId) }),
    ).toBe(0);
  });

  it('when the expert’s pool is closed to the enterprise’s city, then it answers 404', async () => {
    const shenzhenExpert = await newExpert({ pool: 'shenzhen', city: '深圳' });
    const needId = await openNeed(setup.owner.client);
    await ok(setup.bureau.patch('/pools/shenzhen', { openToOtherCities: false }));
    try {
      expect((await invite(setup.owner.client, needId, shenzhenExpert.expertId)).status).toBe(404);
    } finally {
      await ok(setup.bureau.patch('/pools/shenzhen', { openToOtherCities: true }));
    }
    expect((await invite(setup.owner.client, needId, shenzhenExpert.expertId)).status).toBe(201);
  });

  it('when someone other than the owner enterprise invites, then 403 (or 404 when the need is unreadable)', async () => {
    const invited = await newExpert();
    const needId = await openNeed(setup.owner.client);
    expect((await invite(other.client, needId, invited.expertId)).status).toBe(403);
    expect((await invite(setup.bureau, needId, invited.expertId)).status).toBe(403);
    expect((await invite(invited.client, needId, invited.expertId)).status).toBe(404);
    expect(
      await collection('invitations').countDocuments({ needId: new Types.ObjectId(needId) }),
    ).toBe(0);
  });

  it('when the need is closed or the expert unavailable, then it answers 409', async () => {
    const invited = await newExpert();
    const busy = await newExpert({ availability: 'unavailable' });
    const closedNeed = await openNeed(setup.owner.client);
    await setup.owner.client.post(`/needs/${closedNeed}/close`);
    expect((await invite(setup.owner.client, closedNeed, invited.expertId)).status).toBe(409);
    expect(
      (await invite(setup.owner.client, await openNeed(setup.owner.client), busy.expertId)).status,
    ).toBe(409);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 0 });
  });

  it('when the expert works at the inviting organization, by name or by id, then it is avoided with 403', async () => {
    const needId = await openNeed(setup.owner.client);
    const byName = await newExpert({
      organization: ` ${setup.owner.organizationName.toUpperCase()} `,
    });
    expect((await invite(setup.owner.client, needId, byName.expertId)).status).toBe(403);
    const byId = await newExpert({ organization: '另一家单位' });
    // Nothing in the API sets an expert's organization id yet; the record is arranged directly.
    await collection('experts').updateOne(
      { _id: new Types.ObjectId(byId.expertId) },
      { $set: { organizationId: new Types.ObjectId(setup.owner.user.organizationId) } },
    );
    expect((await invite(setup.owner.client, needId, byId.expertId)).status).toBe(403);
    expect((await invite(other.client, await openNeed(other.client), byId.expertId)).status).toBe(
      201,
    );
  });
});

describe('reading and listing invitations', () => {
  let invited: ExpertParty;
  let invitationId: string;

  beforeAll(async () => {
    invited = await newExpert();
    invitationId = await pendingInvitation(setup.owner.client, invited);
  });

  it('when listing, then the enterprise sees what it sent, the expert what it received, the bureau all', async () => {
    const ids = async (client: TestClient, query = '') =>
      (
        (await client.get(`/invitations?limit=100${query}`).expect(200)).body.items as Array<{
          id: string;
        }>
      ).map((i) => i.id);
    expect(await ids(setup.owner.client)).toContain(invitationId);
    expect(await ids(setup.owner.client, '&status=pending')).toContain(invitationId);
    expect(await ids(setup.owner.client, '&status=accepted')).not.toContain(invitationId);
    expect(await ids(invited.client)).toEqual([invitationId]);
    expect(await ids(other.client)).not.toContain(invitationId);
    expect(await ids(setup.bureau)).toContain(invitationId);
    const someoneElse = await newExpert();
    expect(await ids(someoneElse.client)).toEqual([]);
  });

  it('when reading one, then its sides and the bureau may, others get 404, malformed ids 400', async () => {
    const res = await invited.client.get(`/invitations/${invitationId}`).expect(200);
    expect(res.body.invitation).toMatchObject({
      id: invitationId,
      needTitle: expect.any(String),
      expertName: expect.any(String),
      organizationName: setup.owner.organizationName,
    });
    await setup.owner.client.get(`/invitations/${invitationId}`).expect(200);
    await setup.bureau.get(`/invitations/${invitationId}`).expect(200);
    await other.client.get(`/invitations/${invitationId}`).expect(404);
    await (await newExpert()).client.get(`/invitations/${invitationId}`).expect(404);
    await setup.owner.client.get(`/invitations/${new Types.ObjectId().toString()}`).expect(404);
    await setup.owner.client.get('/invitations/xyz').expect(400);
    await setup.owner.client.get('/invitations?status=maybe').expect(400);
  });

  it('when the expert is invited, then the need becomes readable to that expert', async () => {
    const res = await invited.client.get(`/invitations/${invitationId}`).expect(200);
    await invited.client.get(`/needs/${res.body.invitation.needId}`).expect(200);
  });
});

describe('accepting', () => {
  it('when the invited expert accepts, then a conversation and a collaboration open and the expert’s stats record the answer', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const res = await invited.client.post(`/invitations/${invitationId}/accept`);
    expect(res.status).toBe(200);
    expect(res.body.invitation).toMatchObject({
      status: 'accepted',
      responseHours: expect.any(Number),
    });
    expect(res.body.invitation.respondedAt).toBeTruthy();
    expect(res.body.invitation.history.map((e: { status: string }) => e.status)).toEqual([
      'pending',
      'accepted',
    ]);
    expect(res.body.invitation.history[1].by).toBe(invited.user.id);

    const conversation = await collection('conversations').findOne({
      _id: new Types.ObjectId(res.body.conversationId),
    });
    expect(conversation).toMatchObject({
      invitationId: new Types.ObjectId(invitationId),
      organizationId: new Types.ObjectId(setup.owner.user.organizationId),
      expertId: new Types.ObjectId(invited.expertId),
    });
    expect(conversation?.participantUserIds.map(String).sort()).toEqual(
      [setup.owner.user.id, invited.user.id].sort(),
    );
    const collaboration = await setup.owner.client
      .get(`/collaborations/${res.body.collaborationId}`)
      .expect(200);
    expect(collaboration.body.collaboration).toMatchObject({ status: 'active', invitationId });

    expect(await expertStats(invited.expertId)).toMatchObject({
      invitations: 1,
      responded: 1,
      responseRate: 1,
      medianResponseHours: expect.any(Number),
      activeCollaborations: 1,
    });
    expect(await notificationTypes(setup.owner)).toContainEqual({
      type: 'invitation.accepted',
      invitationId,
    });
  });

  it('when the invitation is accepted, then the enterprise sees the expert’s contact, and not before', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const before = await setup.owner.client.get(`/experts/${invited.expertId}`).expect(200);
    expect(before.body.expert).not.toHaveProperty('contact');
    await ok(invited.client.post(`/invitations/${invitationId}/accept`));
    const after = await setup.owner.client.get(`/experts/${invited.expertId}`).expect(200);
    expect(after.body.expert.contact).toMatchObject({ phone: expect.any(String) });
    const stranger = await other.client.get(`/experts/${invited.expertId}`).expect(200);
    expect(stranger.body.expert).not.toHaveProperty('contact');
  });

  it('when the expert accepts again, then it answers the same ids and creates nothing new', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const first = await ok(invited.client.post(`/invitations/${invitationId}/accept`));
    const again = await ok(invited.client.post(`/invitations/${invitationId}/accept`));
    expect(again.body.conversationId).toBe(first.body.conversationId);
    expect(again.body.collaborationId).toBe(first.body.collaborationId);
    expect(again.body.invitation.history).toHaveLength(2);
    expect(await expertStats(invited.expertId)).toMatchObject({
      responded: 1,
      activeCollaborations: 1,
    });
    const accepted = (await notificationTypes(setup.owner)).filter(
      (n) => n.invitationId === invitationId,
    );
    expect(accepted).toEqual([{ type: 'invitation.accepted', invitationId }]);
  });

  it('when accepts race, then one conversation and one collaboration exist', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await invited.client.csrfToken();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => invited.client.post(`/invitations/${invitationId}/accept`)),
    );
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
    const key = { invitationId: new Types.ObjectId(invitationId) };
    expect(await collection('conversations').countDocuments(key)).toBe(1);
    expect(await collection('collaborations').countDocuments(key)).toBe(1);
    expect(await expertStats(invited.expertId)).toMatchObject({
      responded: 1,
      activeCollaborations: 1,
    });
  });

  it('when the invitation is past its expiry but not yet expired by the job, then accepting answers 409', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await collection('invitations').updateOne(
      { _id: new Types.ObjectId(invitationId) },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    expect((await invited.client.post(`/invitations/${invitationId}/accept`)).status).toBe(409);
    expect((await stored(invitationId))?.status).toBe('pending');
    expect(
      await collection('collaborations').countDocuments({
        invitationId: new Types.ObjectId(invitationId),
      }),
    ).toBe(0);
  });

  it('when the need was closed meanwhile, then the invitation is withdrawn and accepting answers 409', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const needId = (await stored(invitationId))?.needId.toString();
    await ok(setup.owner.client.post(`/needs/${needId}/close`));
    expect((await invited.client.post(`/invitations/${invitationId}/accept`)).status).toBe(409);
    expect((await stored(invitationId))?.status).toBe('withdrawn');
  });
});

describe('declining and withdrawing', () => {
  it('when the expert declines with a reason, then it is declined, recorded, counted, and the enterprise told', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const res = await invited.client.post(`/invitations/${invitationId}/decline`, {
      reason: '档期已满',
    });
    expect(res.status).toBe(200);
    expect(res.body.invitation.status).toBe('declined');
    expect(res.body.invitation.history[1]).toMatchObject({
      status: 'declined',
      by: invited.user.id,
      reason: '档期已满',
    });
    expect(await expertStats(invited.expertId)).toMatchObject({
      responded: 1,
      responseRate: 1,
      activeCollaborations: 0,
    });
    expect(await notificationTypes(setup.owner)).toContainEqual({
      type: 'invitation.declined',
      invitationId,
    });
  });

  it('when the owner withdraws a pending invitation, then it is withdrawn and the expert told', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const res = await setup.owner.client.post(`/invitations/${invitationId}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body.invitation.status).toBe('withdrawn');
    expect(res.body.invitation.history[1]).toMatchObject({
      status: 'withdrawn',
      by: setup.owner.user.id,
    });
    expect(await notificationTypes(invited)).toContainEqual({
      type: 'invitation.withdrawn',
      invitationId,
    });
    expect(await expertStats(invited.expertId)).toMatchObject({ responded: 0 });
  });

  it('when the decline body has unknown fields, then it answers 400 and nothing changes', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const res = await invited.client.post(`/invitations/${invitationId}/decline`, { why: 'x' });
    expect(res.status).toBe(400);
    expect((await stored(invitationId))?.status).toBe('pending');
  });
});

describe('forbidden moves', () => {
  it('when the wrong actor moves an invitation, then 403 for its readers and 404 for others, and nothing changes', async () => {
    const invited = await newExpert();
    const stranger = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const before = await stored(invitationId);
    expect((await setup.owner.client.post(`/invitations/${invitationId}/accept`)).status).toBe(403);
    expect((await setup.owner.client.post(`/invitations/${invitationId}/decline`)).status).toBe(
      403,
    );
    expect((await setup.bureau.post(`/invitations/${invitationId}/accept`)).status).toBe(403);
    expect((await setup.bureau.post(`/invitations/${invitationId}/withdraw`)).status).toBe(403);
    expect((await invited.client.post(`/invitations/${invitationId}/withdraw`)).status).toBe(403);
    expect((await stranger.client.post(`/invitations/${invitationId}/accept`)).status).toBe(404);
    expect((await stranger.client.post(`/invitations/${invitationId}/decline`)).status).toBe(404);
    expect((await other.client.post(`/invitations/${invitationId}/withdraw`)).status).toBe(404);
    expect(await stored(invitationId)).toEqual(before);
  });

  it('when the id is malformed or unknown, then 400 and 404', async () => {
    const invited = await newExpert();
    expect((await invited.client.post('/invitations/nope/accept')).status).toBe(400);
    const unknown = new Types.ObjectId().toString();
    expect((await invited.client.post(`/invitations/${unknown}/accept`)).status).toBe(404);
    expect((await setup.owner.client.post(`/invitations/${unknown}/withdraw`)).status).toBe(404);
  });

  it.each([
    ['accepted', 'accept'],
    ['declined', 'decline'],
    ['withdrawn', 'withdraw'],
  ] as const)(
    'when the invitation is %s, then no other move is allowed (409) and nothing changes',
    async (_state, first) => {
      const invited = await newExpert();
      const invitationId = await pendingInvitation(setup.owner.client, invited);
      const mover = first === 'withdraw' ? setup.owner.client : invited.client;
      await ok(mover.post(`/invitations/${invitationId}/${first}`));
      const before = await stored(invitationId);
      const moves = [
        ['accept', invited.client],
        ['decline', invited.client],
        ['withdraw', setup.owner.client],
      ] as const;
      for (const [move, client] of moves) {
        // The same move again completes it instead (see the repeats below).
        if (move === first) continue;
        expect((await client.post(`/invitations/${invitationId}/${move}`)).status).toBe(409);
      }
      expect(await stored(invitationId)).toEqual(before);
    },
  );
});

describe('repeated moves', () => {
  it('when the expert declines again, then it answers the declined invitation and nothing is counted or told twice', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await ok(invited.client.post(`/invitations/${invitationId}/decline`, { reason: '档期已满' }));
    const before = await stored(invitationId);
    const again = await ok(
      invited.client.post(`/invitations/${invitationId}/decline`, { reason: '另有安排' }),
    );
    expect(again.body.invitation.status).toBe('declined');
    expect(await stored(invitationId)).toEqual(before);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 1, responded: 1 });
    const notices = (await notificationTypes(setup.owner)).filter(
      (n) => n.invitationId === invitationId,
    );
    expect(notices).toEqual([{ type: 'invitation.declined', invitationId }]);
  });

  it('when the owner withdraws again, then it answers the withdrawn invitation and the expert is told once', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    await ok(setup.owner.client.post(`/invitations/${invitationId}/withdraw`));
    const before = await stored(invitationId);
    await ok(setup.owner.client.post(`/invitations/${invitationId}/withdraw`));
    expect(await stored(invitationId)).toEqual(before);
    const notices = (await notificationTypes(invited)).filter(
      (n) => n.invitationId === invitationId,
    );
    // Newest first.
    expect(notices).toEqual([
      { type: 'invitation.withdrawn', invitationId },
      { type: 'invitation.new', invitationId },
    ]);
  });
});

describe('live updates', () => {
  it('when an expert is invited, then the expert’s socket receives invitation:new and a notification', async () => {
    const invited = await newExpert();
    const socket = await connectedSocket(setup.platform.url, invited);
    try {
      const needId = await openNeed(setup.owner.client);
      const pushed = nextEvent<{ invitation: { needId: string; status: string } }>(
        socket,
        'invitation:new',
        (p) => p.invitation.needId === needId,
      );
      const notified = nextEvent<{ notification: { type: string }; unread: number }>(
        socket,
        'notification',
      );
      await invite(setup.owner.client, needId, invited.expertId).then((res) =>
        expect(res.status).toBe(201),
      );
      expect((await pushed).invitation.status).toBe('pending');
      expect(await notified).toMatchObject({ notification: { type: 'invitation.new' }, unread: 1 });
    } finally {
      socket.close();
    }
  });

  it('when the expert accepts, then the enterprise’s socket receives invitation:updated', async () => {
    const invited = await newExpert();
    const invitationId = await pendingInvitation(setup.owner.client, invited);
    const socket = await connectedSocket(setup.platform.url, setup.owner);
    try {
      const pushed = nextEvent<{ invitation: { id: string; status: string } }>(
        socket,
        'invitation:updated',
        (p) => p.invitation.id === invitationId,
      );
      await ok(invited.client.post(`/invitations/${invitationId}/accept`));
      expect((await pushed).invitation.status).toBe('accepted');
    } finally {
      socket.close();
    }
  });
});
