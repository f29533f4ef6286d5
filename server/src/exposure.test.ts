import { beforeAll, describe, expect, it } from 'vitest';
import { needInput } from '@test/support/factories';
import type { TestClient } from '@test/support/platform';
import { acceptedInvitation, expert, type ExpertParty } from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let invited: ExpertParty;
let other: ExpertParty;
let needId: string;
let collaborationId: string;

beforeAll(async () => {
  invited = await expert(setup.platform.url, setup.bureau);
  other = await expert(setup.platform.url, setup.bureau);
  ({ collaborationId } = await acceptedInvitation(setup.owner.client, invited));
  const collaboration = await setup.owner.client
    .get(`/collaborations/${collaborationId}`)
    .expect(200);
  needId = collaboration.body.collaboration.needId;
  await setup.platform.search.indexer.drain();
});

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      keysOf(item, keys);
    }
  }
  return keys;
}

/** Reads each path and names those whose answer carries a profile's account or a need's author. */
async function exposing(client: TestClient, paths: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    const res = await client.get(path);
    expect(res.status, path).toBe(200);
    const keys = keysOf(res.body);
    if (keys.has('userId') || keys.has('createdBy')) found.push(path);
  }
  return found;
}

describe('account ids in experts and needs', () => {
  it('when an enterprise reads experts, needs, match results, invitations and collaborations, then none carries an account id', async () => {
    const matches = await setup.owner.client.get(`/needs/${needId}/matches`).expect(200);
    expect(matches.body.items.map((m: { expert: { id: string } }) => m.expert.id)).toContain(
      invited.expertId,
    );
    const posted = await setup.owner.client.post('/needs', needInput());
    expect(posted.status).toBe(201);
    expect(keysOf(posted.body).has('createdBy')).toBe(false);

    const paths = [
      '/experts',
      `/experts/${invited.expertId}`,
      '/needs?mine=true',
      '/needs',
      `/needs/${needId}`,
      `/needs/${needId}/matches`,
      '/needs/catalogue',
      '/invitations',
      '/collaborations',
      `/collaborations/${collaborationId}`,
    ];
    expect(await exposing(setup.owner.client, paths)).toEqual([]);
  });

  it('when an expert reads its own profile, other experts, the needs it is invited to, its invitations and collaborations, then none carries an account id', async () => {
    const needs = await invited.client.get('/needs').expect(200);
    expect(needs.body.items.map((n: { id: string }) => n.id)).toContain(needId);

    const paths = [
      '/experts/me',
      `/experts/${invited.expertId}`,
      `/experts/${other.expertId}`,
      '/experts',
      '/needs',
      `/needs/${needId}`,
      '/invitations',
      '/collaborations',
      `/collaborations/${collaborationId}`,
    ];
    expect(await exposing(invited.client, paths)).toEqual([]);
    expect(await exposing(other.client, [`/experts/${invited.expertId}`, '/experts'])).toEqual([]);
  });

  it('when the bureau reads them, then it sees the profile’s account and the need’s author', async () => {
    const profile = await setup.bureau.get(`/experts/${invited.expertId}`).expect(200);
    expect(profile.body.expert.userId).toBe(invited.user.id);
    const need = await setup.bureau.get(`/needs/${needId}`).expect(200);
    expect(need.body.need.createdBy).toBe(setup.owner.user.id);
    const matches = await setup.bureau.get(`/needs/${needId}/matches`).expect(200);
    const match = matches.body.items.find(
      (m: { expert: { id: string } }) => m.expert.id === invited.expertId,
    );
    expect(match.expert.userId).toBe(invited.user.id);
  });

  it('when either side moves a collaboration, then its history names the side that moved', async () => {
    const agreed = await setup.owner.client.post(
      `/collaborations/${collaborationId}/agreement`,
      {},
    );
    expect(agreed.status).toBe(200);

    const res = await invited.client.get(`/collaborations/${collaborationId}`).expect(200);

    expect(res.body.collaboration.history).toEqual([
      expect.objectContaining({ status: 'active', side: 'expert', by: invited.user.id }),
      expect.objectContaining({ status: 'agreed', side: 'enterprise', by: setup.owner.user.id }),
    ]);
  });
});
