import { describe, expect, it } from 'vitest';
import type { ExtractionDto } from '@qs/shared';
import { staffClient } from '@test/support/factories';
import { enterprise, expert, openNeed, type ExpertParty } from '@test/support/invitations';
import type { TestClient } from '@test/support/platform';
import { restartingPlatform, signIn } from '@test/support/restarts';
import { until } from '@test/support/wait';
import { invitationEnded } from './extraction.seats';

/*
 * A draw's seats are filled by subscribers of recorded events: a platform that holds its events
 * stands for a process that dies right after a write; the next one on the same database must
 * invite the drawn experts and the replacing reserve, each once.
 */

const restart = restartingPlatform();

async function drawOf(client: TestClient, needId: string) {
  const res = await client.get(`/needs/${needId}/extraction`).expect(200);
  return (res.body.items as ExtractionDto[])[0];
}

async function invitationsOf(party: ExpertParty, url: string) {
  const client = await signIn(url, party.user.email);
  const res = await client.get('/invitations?limit=100').expect(200);
  return res.body.items as Array<{ id: string; status: string }>;
}

describe('after a crash between a draw’s change and its consequences', () => {
  it('when the process stops right after a draw and then after a decline, then the next process invites the drawn expert and then the reserve, once each', async () => {
    let platform = await restart();
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    const owner = await enterprise(platform.url);
    const experts = [
      await expert(platform.url, bureau, { skills: ['energy-management'] }),
      await expert(platform.url, bureau, { skills: ['energy-management'] }),
    ];
    await platform.search.indexer.drain();
    const needId = await openNeed(owner.client, { requiredSkills: ['energy-management'] });

    platform = await restart({ holdEvents: true });
    let ownerClient = await signIn(platform.url, owner.user.email);
    // A new process's index may still be filling (a shared engine indexes asynchronously).
    expect(
      await until(
        async () => (await ownerClient.get(`/needs/${needId}/matches`)).body.items?.length === 2,
        20_000,
      ),
    ).toBe(true);
    const drawn = await ownerClient.post(`/needs/${needId}/extraction`, {
      count: 1,
      reserves: 1,
      invite: true,
    });
    expect(drawn.status).toBe(500);
    const held = await drawOf(ownerClient, needId);
    expect(held?.members.map((m) => m.state)).toEqual(['inviting', 'waiting']);

    platform = await restart();
    ownerClient = await signIn(platform.url, owner.user.email);
    expect(
      await until(
        async () => (await drawOf(ownerClient, needId))?.members[0]?.state === 'invited',
        10_000,
      ),
    ).toBe(true);
    const draw = (await drawOf(ownerClient, needId))!;
    const [seat, reserve] = draw.members;
    const seated = experts.find((e) => e.expertId === seat!.expertId)!;
    const waiting = experts.find((e) => e.expertId === reserve!.expertId)!;
    expect(await invitationsOf(seated, platform.url)).toHaveLength(1);

    platform = await restart({ holdEvents: true });
    const seatedClient = await signIn(platform.url, seated.user.email);
    expect((await seatedClient.post(`/invitations/${seat!.invitationId}/decline`, {})).status).toBe(
      500,
    );
    expect(await invitationsOf(waiting, platform.url)).toEqual([]);

    platform = await restart();
    ownerClient = await signIn(platform.url, owner.user.email);
    expect(
      await until(
        async () => (await drawOf(ownerClient, needId))?.members[1]?.state === 'invited',
        10_000,
      ),
    ).toBe(true);

    // The subscriber again, as after a crash before its mark: nothing changes.
    await invitationEnded(
      { needId, expertId: seat!.expertId, invitationId: seat!.invitationId! },
      'declined',
    );
    const after = (await drawOf(ownerClient, needId))!;
    expect(after.trail.map((t) => t.kind)).toEqual([
      'drawn',
      'invited',
      'ended',
      'replaced',
      'invited',
    ]);
    expect(after.members[1]).toMatchObject({ state: 'invited', replaces: seat!.expertId });
    expect(await invitationsOf(waiting, platform.url)).toEqual([
      expect.objectContaining({ status: 'pending' }),
    ]);
  }, 60_000);
});
