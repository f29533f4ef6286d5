import { describe, expect, it } from 'vitest';
import { serverEvents, type ExtractionDto } from '@qs/shared';
import {
  connectedSocket,
  enterprise,
  expert,
  nextEvent,
  openNeed,
  type ExpertParty,
} from '@test/support/invitations';
import type { TestClient } from '@test/support/platform';
import { expireInvitations } from '../invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const DAY_MS = 24 * 60 * 60 * 1000;

const setup = platformWithEnterprise();

/** `n` verified experts with `skill`, and an open need of the owner asking for it alone. */
async function pool(skill: string, n: number) {
  const experts: ExpertParty[] = [];
  for (let i = 0; i < n; i++)
    experts.push(
      await expert(setup.platform.url, setup.bureau, { name: `抽取专家${i}`, skills: [skill] }),
    );
  await setup.platform.search.indexer.drain();
  const needId = await openNeed(setup.owner.client, { requiredSkills: [skill] });
  const byId = new Map(experts.map((e) => [e.expertId, e]));
  return { needId, experts, byId };
}

async function drawWith(client: TestClient, needId: string, body: object) {
  const res = await client.post(`/needs/${needId}/extraction`, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as ExtractionDto;
}

const seatOf = (draw: ExtractionDto, role: string) => draw.members.filter((m) => m.role === role);

async function current(needId: string, id: string, client = setup.owner.client) {
  return (await client.get(`/needs/${needId}/extraction/${id}`).expect(200)).body as ExtractionDto;
}

async function invitationsOf(party: ExpertParty) {
  const res = await party.client.get('/invitations?limit=100').expect(200);
  return res.body.items as Array<{ id: string; needId: string; status: string }>;
}

describe('a draw with reserves and invitations', () => {
  it('when a drawn expert declines, then the first reserve is invited without anyone acting, and the trail says who replaced whom and why', async () => {
    const { needId, byId } = await pool('cold-chain', 3);
    const socket = await connectedSocket(setup.platform.url, setup.owner);
    const draw = await drawWith(setup.owner.client, needId, {
      count: 1,
      reserves: 2,
      invite: true,
    });
    expect(draw).toMatchObject({ count: 1, reserves: 2, invite: true, status: 'inviting' });
    const [seat] = seatOf(draw, 'drawn');
    const [first, second] = seatOf(draw, 'reserve');
    expect(seat).toMatchObject({ state: 'invited', invitationId: expect.any(String) });
    expect(first?.state).toBe('waiting');
    expect(draw.reserveExperts.map((e) => e.id)).toEqual([first?.expertId, second?.expertId]);

    const pushed = nextEvent<{ extraction: ExtractionDto }>(
      socket,
      serverEvents.extractionUpdated,
      ({ extraction }) => extraction.trail.some((t) => t.kind === 'replaced'),
    );
    const drawnExpert = byId.get(seat!.expertId)!;
    const declined = await drawnExpert.client.post(`/invitations/${seat!.invitationId}/decline`, {
      reason: '档期冲突',
    });
    expect(declined.status).toBe(200);

    const after = await current(needId, draw.id);
    const reserve = after.members.find((m) => m.expertId === first!.expertId);
    expect(reserve).toMatchObject({ state: 'invited', replaces: seat!.expertId });
    expect(after.trail.find((t) => t.kind === 'replaced')).toMatchObject({
      expertId: first!.expertId,
      replacedExpertId: seat!.expertId,
      reason: 'declined',
      at: expect.any(String),
    });
    expect(after.members.find((m) => m.expertId === seat!.expertId)).toMatchObject({
      state: 'declined',
      reason: 'declined',
    });
    expect(after.members.find((m) => m.expertId === second!.expertId)?.state).toBe('waiting');
    const received = await invitationsOf(byId.get(first!.expertId)!);
    expect(received).toEqual([expect.objectContaining({ needId, status: 'pending' })]);
    expect((await pushed).extraction.id).toBe(draw.id);
    socket.disconnect();

    const replay = await setup.owner.client.get(`/needs/${needId}/extraction/${draw.id}/replay`);
    expect(replay.body).toMatchObject({
      consistent: true,
      expertIds: [seat!.expertId],
      reserveIds: [first!.expertId, second!.expertId],
    });
  });

  it('when a drawn expert lets the invitation expire, then the next reserve is invited', async () => {
    const { needId, byId } = await pool('port-logistics', 2);
    const draw = await drawWith(setup.owner.client, needId, {
      count: 1,
      reserves: 1,
      invite: true,
    });
    const [seat] = seatOf(draw, 'drawn');
    const [reserve] = seatOf(draw, 'reserve');

    expect(await expireInvitations(new Date(Date.now() + 8 * DAY_MS))).toBeGreaterThanOrEqual(1);

    const after = await current(needId, draw.id);
    expect(after.members.find((m) => m.expertId === reserve!.expertId)).toMatchObject({
      state: 'invited',
      replaces: seat!.expertId,
    });
    expect(after.trail.find((t) => t.kind === 'replaced')?.reason).toBe('expired');
    expect(await invitationsOf(byId.get(reserve!.expertId)!)).toHaveLength(1);
  });

  it('when the owner withdraws a drawn expert’s invitation, then the reserve takes the seat; an acceptance keeps it', async () => {
    const { needId, byId } = await pool('investment-finance', 3);
    const draw = await drawWith(setup.owner.client, needId, {
      count: 2,
      reserves: 1,
      invite: true,
    });
    const [kept, dropped] = seatOf(draw, 'drawn');
    const [reserve] = seatOf(draw, 'reserve');
    const accepted = await byId
      .get(kept!.expertId)!
      .client.post(`/invitations/${kept!.invitationId}/accept`);
    expect(accepted.status).toBe(200);
    const withdrawn = await setup.owner.client.post(
      `/invitations/${dropped!.invitationId}/withdraw`,
      {},
    );
    expect(withdrawn.status).toBe(200);

    const after = await current(needId, draw.id);
    expect(after.members.find((m) => m.expertId === kept!.expertId)?.state).toBe('accepted');
    expect(after.members.find((m) => m.expertId === reserve!.expertId)).toMatchObject({
      state: 'invited',
      replaces: dropped!.expertId,
    });
    expect(after.trail.find((t) => t.kind === 'replaced')?.reason).toBe('withdrawn');
  });

  it('when a reserve no longer qualifies, then it is passed over with the reason and the next one is invited', async () => {
    const { needId, byId } = await pool('cnc-machining', 3);
    const draw = await drawWith(setup.owner.client, needId, {
      count: 1,
      reserves: 2,
      invite: true,
    });
    const [seat] = seatOf(draw, 'drawn');
    const [first, second] = seatOf(draw, 'reserve');
    const gone = byId.get(first!.expertId)!;
    const me = (await gone.client.get('/experts/me').expect(200)).body.expert;
    const updated = await gone.client.put('/experts/me', {
      ...profileOf(me),
      availability: 'unavailable',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);

    await byId.get(seat!.expertId)!.client.post(`/invitations/${seat!.invitationId}/decline`, {});

    const after = await current(needId, draw.id);
    expect(after.members.find((m) => m.expertId === first!.expertId)).toMatchObject({
      state: 'skipped',
      reason: expect.stringMatching(/unavailable|not_verified/),
    });
    expect(after.members.find((m) => m.expertId === second!.expertId)).toMatchObject({
      state: 'invited',
      replaces: seat!.expertId,
    });
    expect(after.trail.map((t) => t.kind)).toEqual([
      'drawn',
      'invited',
      'ended',
      'skipped',
      'replaced',
      'invited',
    ]);
    expect(await invitationsOf(gone)).toEqual([]);
  });

  it('when the reserves run out, then the owner is told, and a top-up draws only experts never drawn before and fills the seat', async () => {
    const { needId, byId } = await pool('talent-training', 4);
    const draw = await drawWith(setup.owner.client, needId, {
      count: 1,
      reserves: 1,
      invite: true,
    });
    const [seat] = seatOf(draw, 'drawn');
    const [reserve] = seatOf(draw, 'reserve');
    await byId.get(seat!.expertId)!.client.post(`/invitations/${seat!.invitationId}/decline`, {});
    const replaced = await current(needId, draw.id);
    const reserveInvitation = replaced.members.find((m) => m.expertId === reserve!.expertId)!;
    await byId
      .get(reserve!.expertId)!
      .client.post(`/invitations/${reserveInvitation.invitationId}/decline`, {});

    const short = await current(needId, draw.id);
    expect(short).toMatchObject({ status: 'short', openSeats: 1 });
    expect(short.trail.at(-1)).toMatchObject({ kind: 'exhausted', count: 1 });
    const notices = (await setup.owner.client.get('/notifications?limit=100').expect(200)).body
      .items as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;
    expect(
      notices.filter((n) => n.type === 'extraction.exhausted' && n.data.extractionId === draw.id),
    ).toHaveLength(1);

    const topped = await setup.owner.client.post(`/needs/${needId}/extraction/${draw.id}/top-up`, {
      count: 5,
    });
    expect(topped.status, JSON.stringify(topped.body)).toBe(200);
    const after = topped.body as ExtractionDto;
    const drawnBefore = [seat!.expertId, reserve!.expertId];
    const [topUp] = after.topUps;
    expect(topUp?.expertIds).toHaveLength(2);
    for (const id of topUp!.expertIds) expect(drawnBefore).not.toContain(id);
    const ids = after.members.map((m) => m.expertId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.members.filter((m) => m.role === 'top-up' && m.state === 'invited')).toHaveLength(
      1,
    );
    expect(after.status).toBe('inviting');

    const replay = await setup.owner.client.get(`/needs/${needId}/extraction/${draw.id}/replay`);
    expect(replay.body).toMatchObject({
      consistent: true,
      topUps: [{ consistent: true, expertIds: topUp!.expertIds }],
    });
    const again = await setup.owner.client.post(`/needs/${needId}/extraction/${draw.id}/top-up`, {
      count: 1,
    });
    expect(again.status).toBe(409);
  });

  it('when the bureau draws for an enterprise’s need, then the experts are invited and both the bureau and the owner see the trail', async () => {
    const { needId } = await pool('ot-security', 2);
    const draw = await drawWith(setup.bureau, needId, { count: 1, reserves: 1, invite: true });
    expect(seatOf(draw, 'drawn')[0]?.state).toBe('invited');
    const seen = (await setup.owner.client.get(`/needs/${needId}/extraction`).expect(200)).body
      .items;
    expect(seen.map((d: ExtractionDto) => d.id)).toContain(draw.id);
    expect((await current(needId, draw.id, setup.bureau)).trail.map((t) => t.kind)).toEqual([
      'drawn',
      'invited',
    ]);
  });

  it('when others try, then other enterprises and experts may not draw, see or top up; a bad body is a 400 naming the field', async () => {
    const { needId, experts } = await pool('large-model', 2);
    const draw = await drawWith(setup.owner.client, needId, { count: 1, reserves: 1 });
    expect(draw).toMatchObject({ invite: false, status: 'recorded', reserves: 1 });
    expect(draw.members.every((m) => m.state === 'waiting')).toBe(true);
    const other = await enterprise(setup.platform.url);
    const drawer = experts[0]!.client;
    for (const client of [other.client, drawer]) {
      expect([403, 404]).toContain(
        (await client.post(`/needs/${needId}/extraction`, { count: 1 })).status,
      );
      expect([403, 404]).toContain(
        (await client.get(`/needs/${needId}/extraction/${draw.id}`)).status,
      );
      expect([403, 404]).toContain(
        (await client.post(`/needs/${needId}/extraction/${draw.id}/top-up`, { count: 1 })).status,
      );
    }
    const bad = await setup.owner.client.post(`/needs/${needId}/extraction`, {
      count: 1,
      reserves: -1,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('reserves');
    const noDraw = await setup.owner.client.get(`/needs/${needId}/extraction/${'0'.repeat(24)}`);
    expect(noDraw.status).toBe(404);
  });
});

function profileOf(me: Record<string, unknown>) {
  const keys = [
    'name',
    'title',
    'organization',
    'city',
    'pool',
    'skills',
    'sectors',
    'bio',
    'yearsOfExperience',
    'availability',
    'contact',
    'collaborationModes',
  ];
  return Object.fromEntries(keys.filter((k) => me[k] !== undefined).map((k) => [k, me[k]]));
}
