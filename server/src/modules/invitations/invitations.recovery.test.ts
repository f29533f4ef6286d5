import { describe, expect, it } from 'vitest';
import { staffClient } from '@test/support/factories';
import type { TestClient } from '@test/support/platform';
import { restartingPlatform, signIn } from '@test/support/restarts';
import { until } from '@test/support/wait';
import { findExpert } from '../experts';
import { enterprise, expert, invite, openNeed } from '@test/support/invitations';

/*
 * A change and its event are written together; what follows (conversation, collaboration,
 * counters, notices) is handled after. A platform that holds its events stands for a process that
 * dies right after each write: its requests fail, and the platform started next on the same
 * database must do what was left, once.
 */

const restart = restartingPlatform();

async function expertStats(expertId: string) {
  const record = await findExpert(expertId);
  return { ...record?.stats, activeCollaborations: record?.activeCollaborations };
}

async function notices(client: TestClient, type: string, invitationId: string) {
  const res = await client.get('/notifications?limit=100').expect(200);
  return (res.body.items as Array<{ type: string; data: { invitationId?: string } }>).filter(
    (n) => n.type === type && n.data.invitationId === invitationId,
  );
}

describe('after a crash between a change and its consequences', () => {
  it('when the process stops right after an invitation and then an acceptance are written, then the next process completes each once', async () => {
    let platform = await restart();
    const bureau = (await staffClient(platform.url, 'bureau')).client;
    const owner = await enterprise(platform.url);
    const invited = await expert(platform.url, bureau);
    const needId = await openNeed(owner.client);

    platform = await restart({ holdEvents: true });
    const ownerHeld = await signIn(platform.url, owner.user.email);
    expect((await invite(ownerHeld, needId, invited.expertId)).status).toBe(500);
    const [stored] = (await ownerHeld.get(`/invitations?needId=${needId}`).expect(200)).body.items;
    const invitationId = stored.id as string;
    expect(stored.status).toBe('pending');
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 0 });

    platform = await restart();
    let expertClient = await signIn(platform.url, invited.user.email);
    expect(
      await until(
        async () => (await notices(expertClient, 'invitation.new', invitationId)).length === 1,
        10_000,
      ),
    ).toBe(true);
    expect(await expertStats(invited.expertId)).toMatchObject({ invitations: 1 });

    platform = await restart({ holdEvents: true });
    expertClient = await signIn(platform.url, invited.user.email);
    expect((await expertClient.post(`/invitations/${invitationId}/accept`)).status).toBe(500);
    const held = await expertClient.get(`/invitations/${invitationId}`).expect(200);
    expect(held.body.invitation.status).toBe('accepted');
    expect(
      (await expertClient.get(`/conversations?invitationId=${invitationId}`).expect(200)).body
        .items,
    ).toEqual([]);

    platform = await restart();
    const ownerAfter = await signIn(platform.url, owner.user.email);
    expect(
      await until(
        async () =>
          (await ownerAfter.get(`/conversations?invitationId=${invitationId}`)).body.items
            ?.length === 1,
        10_000,
      ),
    ).toBe(true);
    expect(
      await until(
        async () => (await notices(ownerAfter, 'invitation.accepted', invitationId)).length === 1,
        10_000,
      ),
    ).toBe(true);
    // The acceptance opens the expert's contact to the enterprise all the same.
    const seen = await ownerAfter.get(`/experts/${invited.expertId}`).expect(200);
    expect(seen.body.expert.contact).toMatchObject({ phone: expect.any(String) });
    const collaborations = await ownerAfter.get(`/collaborations?needId=${needId}`).expect(200);
    expect(collaborations.body.items).toHaveLength(1);
    expect(await expertStats(invited.expertId)).toMatchObject({
      invitations: 1,
      responded: 1,
      activeCollaborations: 1,
    });

    // Accepting again answers what the restart opened and adds nothing.
    expertClient = await signIn(platform.url, invited.user.email);
    const again = await expertClient.post(`/invitations/${invitationId}/accept`);
    expect(again.status).toBe(200);
    expect(again.body.collaborationId).toBe(collaborations.body.items[0].id);
    expect(await notices(ownerAfter, 'invitation.accepted', invitationId)).toHaveLength(1);
    expect(await expertStats(invited.expertId)).toMatchObject({
      responded: 1,
      activeCollaborations: 1,
    });
  }, 60_000);
});
