import { Types } from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '@test/support/platform';
import {
  enterprise,
  expert,
  invite,
  openNeed,
  type EnterpriseParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let other: EnterpriseParty;

beforeAll(async () => {
  other = await enterprise(setup.platform.url);
});

const message = '诚邀您参与我司的数字化转型诊断';
const newExpert = (profile: Record<string, unknown> = {}) =>
  expert(setup.platform.url, setup.bureau, profile);
const unknownId = () => new Types.ObjectId().toString();

function inviteBatch(client: TestClient, needId: string, body: object, lang = 'zh-CN') {
  return client
    .csrfToken()
    .then((token) =>
      client.agent
        .post(`/api/v1/needs/${needId}/invitations/batch`)
        .set('x-csrf-token', token)
        .set('Accept-Language', lang)
        .send(body),
    );
}

async function invitationsOf(client: TestClient, needId: string) {
  const res = await client.get(`/invitations?needId=${needId}&limit=100`).expect(200);
  return res.body.items as Array<{ id: string; expertId: string; status: string }>;
}

describe('inviting several experts at once', () => {
  it('when the owner invites a new, an already invited, an unknown and an unavailable expert, then each answers its own result in order', async () => {
    const needId = await openNeed(setup.owner.client);
    const [fresh, before, busy] = await Promise.all([
      newExpert(),
      newExpert(),
      newExpert({ availability: 'unavailable' }),
    ]);
    const earlier = await invite(setup.owner.client, needId, before.expertId);
    expect(earlier.status).toBe(201);
    const unknown = unknownId();

    const res = await inviteBatch(setup.owner.client, needId, {
      expertIds: [fresh.expertId, before.expertId, unknown, busy.expertId],
      message,
    });

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [created, existing, missing, unavailable] = res.body.results;
    expect(created).toMatchObject({
      expertId: fresh.expertId,
      status: 'created',
      invitation: { expertId: fresh.expertId, needId, status: 'pending', message },
    });
    expect(existing).toMatchObject({
      expertId: before.expertId,
      status: 'existing',
      invitation: { id: earlier.body.invitation.id },
    });
    expect(missing).toEqual({
      expertId: unknown,
      status: 'failed',
      error: { code: 'not_found', message: expect.stringMatching(/[\u3400-\u9fff]/) },
    });
    expect(unavailable).toMatchObject({ status: 'failed', error: { code: 'conflict' } });
    expect(unavailable.invitation).toBeUndefined();

    const stored = await invitationsOf(setup.owner.client, needId);
    expect(stored.map((i) => i.expertId).sort()).toEqual([before.expertId, fresh.expertId].sort());
    const received = await invitationsOf(fresh.client, needId);
    expect(received).toEqual([expect.objectContaining({ id: created.invitation.id })]);
  });

  it('when the need is closed, then every expert fails as a single invitation would, with 409’s reason', async () => {
    const needId = await openNeed(setup.owner.client);
    const invited = await newExpert();
    expect((await setup.owner.client.post(`/needs/${needId}/close`)).status).toBe(200);
    const res = await inviteBatch(
      setup.owner.client,
      needId,
      { expertIds: [invited.expertId], message },
      'en',
    );
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      {
        expertId: invited.expertId,
        status: 'failed',
        error: { code: 'conflict', message: expect.stringMatching(/open/i) },
      },
    ]);
  });

  it('when another enterprise, the bureau or an expert asks, then 403 or 404 as for one invitation, and nothing is stored', async () => {
    const needId = await openNeed(setup.owner.client);
    const invited = await newExpert();
    const body = { expertIds: [invited.expertId], message };
    expect((await inviteBatch(other.client, needId, body)).status).toBe(403);
    expect((await inviteBatch(setup.bureau, needId, body)).status).toBe(403);
    expect((await inviteBatch(invited.client, needId, body)).status).toBe(404);
    expect((await inviteBatch(setup.owner.client, unknownId(), body)).status).toBe(404);
    expect(await invitationsOf(setup.owner.client, needId)).toEqual([]);
  });

  it('when the list is empty, too long or repeats an expert, then 400 names expertIds in the caller’s language', async () => {
    const needId = await openNeed(setup.owner.client);
    const invited = await newExpert();
    const empty = await inviteBatch(setup.owner.client, needId, { expertIds: [], message });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([
      expect.objectContaining({
        path: 'expertIds',
        message: expect.stringMatching(/[\u3400-\u9fff]/),
      }),
    ]);
    const tooMany = await inviteBatch(
      setup.owner.client,
      needId,
      { expertIds: Array.from({ length: 21 }, unknownId), message },
      'en',
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([
      expect.objectContaining({ path: 'expertIds', message: expect.stringMatching(/20/) }),
    ]);
    const twice = { expertIds: [invited.expertId, invited.expertId], message };
    const repeatedZh = await inviteBatch(setup.owner.client, needId, twice);
    expect(repeatedZh.status).toBe(400);
    expect(repeatedZh.body.error.details).toEqual([
      expect.objectContaining({ path: 'expertIds', message: '不能有重复项' }),
    ]);
    const repeatedEn = await inviteBatch(setup.owner.client, needId, twice, 'en');
    expect(repeatedEn.body.error.details).toEqual([
      expect.objectContaining({ path: 'expertIds', message: 'must not repeat an item' }),
    ]);
    const noMessage = await inviteBatch(setup.owner.client, needId, {
      expertIds: [invited.expertId],
    });
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.error.details).toEqual([expect.objectContaining({ path: 'message' })]);
    expect(await invitationsOf(setup.owner.client, needId)).toEqual([]);
  });

  it('when a user’s batches reach 100 invitations in 10 minutes, then the next experts fail as rate limited, and a single invitation answers 429', async () => {
    const flooding = await enterprise(setup.platform.url);
    const needId = await openNeed(flooding.client);
    const invited = await newExpert();
    for (let batch = 0; batch < 5; batch++) {
      const res = await inviteBatch(flooding.client, needId, {
        expertIds: Array.from({ length: 20 }, unknownId),
        message,
      });
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { error: { code: string } }) => r.error.code)).toEqual(
        Array(20).fill('not_found'),
      );
    }
    const refused = await inviteBatch(flooding.client, needId, {
      expertIds: [invited.expertId],
      message,
    });
    expect(refused.body.results).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.objectContaining({ code: 'rate_limited' }),
      }),
    ]);
    expect((await invite(flooding.client, needId, invited.expertId)).status).toBe(429);
    expect(await invitationsOf(flooding.client, needId)).toEqual([]);
  });
});
