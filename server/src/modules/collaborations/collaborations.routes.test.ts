import mongoose, { Types } from 'mongoose';
import type { Response } from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '@test/support/platform';
import { findExpert } from '../experts';
import {
  acceptedInvitation,
  connectedSocket,
  enterprise,
  expert,
  nextEvent,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let other: EnterpriseParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
});

/** A new expert with an accepted invitation from `owner`: an active collaboration. */
async function activeCollaboration(invited?: ExpertParty) {
  const party = invited ?? (await expert(setup.platform.url, setup.bureau));
  const { collaborationId } = await acceptedInvitation(setup.owner.client, party);
  return { invited: party, id: collaborationId };
}

async function ok(pending: Promise<Response>): Promise<Response> {
  const res = await pending;
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}

const stored = (id: string) =>
  mongoose.connection.collection('collaborations').findOne({ _id: new Types.ObjectId(id) });

async function expertRecord(expertId: string) {
  const record = await findExpert(expertId);
  return { rating: record?.rating, activeCollaborations: record?.activeCollaborations };
}

async function notices(client: TestClient, collaborationId: string) {
  const res = await client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Array<{ type: string; data: { collaborationId?: string } }>)
    .filter((n) => n.data.collaborationId === collaborationId)
    .map((n) => n.type);
}

describe('reading collaborations', () => {
  it('when listing, then each side sees its own, the bureau all, others none', async () => {
    const { invited, id } = await activeCollaboration();
    const ids = async (client: TestClient, query = '') =>
      (
        (await client.get(`/collaborations?limit=100${query}`).expect(200)).body.items as Array<{
          id: string;
        }>
      ).map((c) => c.id);
    expect(await ids(setup.owner.client)).toContain(id);
    expect(await ids(setup.owner.client, '&status=active')).toContain(id);
    expect(await ids(setup.owner.client, '&status=completed')).not.toContain(id);
    expect(await ids(invited.client)).toEqual([id]);
    expect(await ids(setup.bureau)).toContain(id);
    expect(await ids(other.client)).not.toContain(id);
  });

  it('when reading one, then its sides and the bureau may; others get 404; malformed ids 400', async () => {
    const { invited, id } = await activeCollaboration();
    const res = await invited.client.get(`/collaborations/${id}`).expect(200);
    expect(res.body.collaboration).toMatchObject({
      id,
      status: 'active',
      expertId: invited.expertId,
      organizationId: setup.owner.user.organizationId,
      organizationName: setup.owner.organizationName,
      history: [{ status: 'active', by: invited.user.id }],
      ratings: {},
    });
    await setup.bureau.get(`/collaborations/${id}`).expect(200);
    await other.client.get(`/collaborations/${id}`).expect(404);
    await (
      await expert(setup.platform.url, setup.bureau)
    ).client
      .get(`/collaborations/${id}`)
      .expect(404);
    await setup.owner.client.get(`/collaborations/${new Types.ObjectId().toString()}`).expect(404);
    await setup.owner.client.get('/collaborations/42').expect(400);
  });
});

describe('moving a collaboration', () => {
  it('when the agreement is signed, then it is agreed with the agreement and the move recorded, and the expert told', async () => {
    const { invited, id } = await activeCollaboration();
    const signedAt = '2024-05-01T08:00:00.000Z';
    const res = await ok(
      setup.owner.client.post(`/collaborations/${id}/agreement`, {
        signedAt,
        documentRef: 'QD-2024-017',
      }),
    );
    expect(res.body.collaboration).toMatchObject({
      status: 'agreed',
      agreement: { signedAt, documentRef: 'QD-2024-017' },
    });
    expect(res.body.collaboration.history.at(-1)).toMatchObject({
      status: 'agreed',
      by: setup.owner.user.id,
    });
    expect(await notices(invited.client, id)).toEqual(['collaboration.agreed']);
  });

  it('when completed by the expert, then it is completed, the enterprise told, and the expert’s workload freed', async () => {
    const { invited, id } = await activeCollaboration();
    expect((await expertRecord(invited.expertId)).activeCollaborations).toBe(1);
    await ok(invited.client.post(`/collaborations/${id}/agreement`));
    const res = await ok(invited.client.post(`/collaborations/${id}/complete`));
    expect(res.body.collaboration.status).toBe('completed');
    expect(res.body.collaboration.history.map((e: { status: string }) => e.status)).toEqual([
      'active',
      'agreed',
      'completed',
    ]);
    expect(res.body.collaboration.agreement.signedAt).toBeTruthy();
    expect((await expertRecord(invited.expertId)).activeCollaborations).toBe(0);
    expect(await notices(setup.owner.client, id)).toEqual(
      expect.arrayContaining(['collaboration.agreed', 'collaboration.completed']),
    );
  });

  it.each(['active', 'agreed'])(
    'when cancelled while %s, then it is cancelled with the reason and the workload freed',
    async (from) => {
      const { invited, id } = await activeCollaboration();
      if (from === 'agreed') await ok(setup.owner.client.post(`/collaborations/${id}/agreement`));
      const res = await ok(
        setup.owner.client.post(`/collaborations/${id}/cancel`, { reason: '预算调整' }),
      );
      expect(res.body.collaboration.status).toBe('cancelled');
      expect(res.body.collaboration.history.at(-1)).toMatchObject({
        status: 'cancelled',
        by: setup.owner.user.id,
        note: '预算调整',
      });
      expect((await expertRecord(invited.expertId)).activeCollaborations).toBe(0);
      expect(await notices(invited.client, id)).toContain('collaboration.cancelled');
    },
  );

  it('when a move is not allowed from the current state, then 409 and nothing changes', async () => {
    const { invited, id } = await activeCollaboration();
    const conflict = async (client: TestClient, move: string) => {
      const before = await stored(id);
      expect((await client.post(`/collaborations/${id}/${move}`)).status).toBe(409);
      expect(await stored(id)).toEqual(before);
    };
    await conflict(setup.owner.client, 'complete');
    await ok(setup.owner.client.post(`/collaborations/${id}/agreement`));
    await conflict(invited.client, 'agreement');
    await ok(invited.client.post(`/collaborations/${id}/complete`));
    for (const move of ['agreement', 'complete', 'cancel'])
      await conflict(setup.owner.client, move);

    const cancelled = await activeCollaboration();
    await ok(setup.owner.client.post(`/collaborations/${cancelled.id}/cancel`));
    for (const move of ['agreement', 'complete', 'cancel']) {
      expect(
        (await setup.owner.client.post(`/collaborations/${cancelled.id}/${move}`)).status,
      ).toBe(409);
    }
    expect((await expertRecord(cancelled.invited.expertId)).activeCollaborations).toBe(0);
  });

  it('when someone not on either side moves it, then 403 for the bureau, 404 for others, and nothing changes', async () => {
    const { id } = await activeCollaboration();
    const before = await stored(id);
    expect((await setup.bureau.post(`/collaborations/${id}/agreement`)).status).toBe(403);
    expect((await setup.bureau.post(`/collaborations/${id}/cancel`)).status).toBe(403);
    expect((await other.client.post(`/collaborations/${id}/agreement`)).status).toBe(404);
    const stranger = await expert(setup.platform.url, setup.bureau);
    expect((await stranger.client.post(`/collaborations/${id}/cancel`)).status).toBe(404);
    expect((await setup.owner.client.post('/collaborations/zzz/cancel')).status).toBe(400);
    expect(
      (await setup.owner.client.post(`/collaborations/${new Types.ObjectId().toString()}/cancel`))
        .status,
    ).toBe(404);
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/agreement`, { signedAt: 'yesterday' }))
        .status,
    ).toBe(400);
    expect(await stored(id)).toEqual(before);
  });

  it('when one side moves it, then the other side’s socket receives collaboration:updated', async () => {
    const { invited, id } = await activeCollaboration();
    const socket = await connectedSocket(setup.platform.url, invited);
    try {
      const pushed = nextEvent<{ collaboration: { id: string; status: string } }>(
        socket,
        'collaboration:updated',
        (p) => p.collaboration.id === id,
      );
      await ok(setup.owner.client.post(`/collaborations/${id}/agreement`));
      expect((await pushed).collaboration.status).toBe('agreed');
    } finally {
      socket.close();
    }
  });
});

describe('rating a collaboration', () => {
  async function completed(invited?: ExpertParty) {
    const collaboration = await activeCollaboration(invited);
    await ok(setup.owner.client.post(`/collaborations/${collaboration.id}/agreement`));
    await ok(setup.owner.client.post(`/collaborations/${collaboration.id}/complete`));
    return collaboration;
  }

  it('when the collaboration is not completed, then rating answers 409', async () => {
    const { id } = await activeCollaboration();
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/rating`, { score: 5 })).status,
    ).toBe(409);
    await ok(setup.owner.client.post(`/collaborations/${id}/agreement`));
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/rating`, { score: 5 })).status,
    ).toBe(409);
    expect((await stored(id))?.ratings ?? {}).toEqual({});
  });

  it('when the enterprise rates, then the expert’s rating counts it; a second rating by the same side answers 409', async () => {
    const { invited, id } = await completed();
    const res = await ok(
      setup.owner.client.post(`/collaborations/${id}/rating`, { score: 4, comment: '响应及时' }),
    );
    expect(res.body.collaboration.ratings.byEnterprise).toMatchObject({
      score: 4,
      comment: '响应及时',
      by: setup.owner.user.id,
    });
    expect((await expertRecord(invited.expertId)).rating).toEqual({ average: 4, count: 1 });
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/rating`, { score: 1 })).status,
    ).toBe(409);
    expect((await expertRecord(invited.expertId)).rating).toEqual({ average: 4, count: 1 });
    expect(await notices(invited.client, id)).toContain('collaboration.rated');
  });

  it('when the expert rates, then it is stored once and the expert’s own rating is untouched', async () => {
    const { invited, id } = await completed();
    const res = await ok(invited.client.post(`/collaborations/${id}/rating`, { score: 5 }));
    expect(res.body.collaboration.ratings).toEqual({
      byExpert: { score: 5, by: invited.user.id, at: expect.any(String) },
    });
    expect((await expertRecord(invited.expertId)).rating).toEqual({ average: 0, count: 0 });
    expect((await invited.client.post(`/collaborations/${id}/rating`, { score: 3 })).status).toBe(
      409,
    );
  });

  it('when an expert is rated in several collaborations at once, then every score counts in the average', async () => {
    const invited = await expert(setup.platform.url, setup.bureau);
    const collaborations = [];
    for (let i = 0; i < 4; i++) collaborations.push(await completed(invited));
    const scores = [5, 4, 2, 3];
    await setup.owner.client.csrfToken();
    const answers = await Promise.all(
      collaborations.map(({ id }, i) =>
        setup.owner.client.post(`/collaborations/${id}/rating`, { score: scores[i] }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const { rating } = await expertRecord(invited.expertId);
    expect(rating?.count).toBe(4);
    expect(rating?.average).toBeCloseTo(3.5, 10);
  });

  it('when the score is out of range or the rater is not a side, then 400, 403 or 404', async () => {
    const { id } = await completed();
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/rating`, { score: 6 })).status,
    ).toBe(400);
    expect(
      (await setup.owner.client.post(`/collaborations/${id}/rating`, { score: 2.5 })).status,
    ).toBe(400);
    expect((await setup.bureau.post(`/collaborations/${id}/rating`, { score: 3 })).status).toBe(
      403,
    );
    expect((await other.client.post(`/collaborations/${id}/rating`, { score: 3 })).status).toBe(
      404,
    );
    expect((await stored(id))?.ratings ?? {}).toEqual({});
  });
});
