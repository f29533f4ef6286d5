import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { TestClient } from '@test/support/platform';
import {
  connectedSocket,
  expert,
  nextEvent,
  pendingInvitation,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();

interface Listed {
  items: Array<{ id: string; type: string; title: string; body: string; readAt?: string }>;
  total: number;
  unread: number;
  page: number;
  limit: number;
}

const list = async (client: TestClient, query = '') =>
  (await client.get(`/notifications${query}`).expect(200)).body as Listed;

/** An expert with `count` invitations, each of which notified the expert once. */
async function invitedExpert(count: number): Promise<ExpertParty> {
  const invited = await expert(setup.platform.url, setup.bureau);
  for (let i = 0; i < count; i++) await pendingInvitation(setup.owner.client, invited);
  return invited;
}

describe('notifications', () => {
  it('when an expert is invited, then the expert has an unread notification naming the need and the enterprise', async () => {
    const invited = await invitedExpert(1);
    const listed = await list(invited.client);
    expect(listed).toMatchObject({ total: 1, unread: 1, page: 1, limit: 20 });
    expect(listed.items[0]).toMatchObject({
      type: 'invitation.new',
      title: expect.any(String),
      data: expect.objectContaining({
        organizationName: setup.owner.organizationName,
        needTitle: expect.any(String),
        invitationId: expect.any(String),
      }),
    });
    expect(listed.items[0]?.body).toContain(setup.owner.organizationName);
    expect(listed.items[0]).not.toHaveProperty('readAt');
  });

  it('when one is marked read, then it keeps its first read time and the unread count drops', async () => {
    const invited = await invitedExpert(3);
    const [newest] = (await list(invited.client)).items;
    const first = await invited.client.post(`/notifications/${newest?.id}/read`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ notification: { id: newest?.id }, unread: 2 });
    const readAt = first.body.notification.readAt as string;
    expect(readAt).toBeTruthy();
    const again = await invited.client.post(`/notifications/${newest?.id}/read`);
    expect(again.body).toMatchObject({ notification: { readAt }, unread: 2 });
    expect((await list(invited.client, '?unread=true')).items.map((n) => n.id)).not.toContain(
      newest?.id,
    );
    expect((await list(invited.client, '?unread=false')).items.map((n) => n.id)).toEqual([
      newest?.id,
    ]);
  });

  it('when all are marked read, then none is unread', async () => {
    const invited = await invitedExpert(2);
    const res = await invited.client.post('/notifications/read-all');
    expect(res.body).toEqual({ updated: 2, unread: 0 });
    expect(await list(invited.client, '?unread=true')).toMatchObject({ total: 0, unread: 0 });
    expect((await list(invited.client)).total).toBe(2);
  });

  it('when listing page by page, then the newest come first', async () => {
    const invited = await invitedExpert(3);
    const firstPage = await list(invited.client, '?limit=2');
    const secondPage = await list(invited.client, '?limit=2&page=2');
    expect(firstPage).toMatchObject({ total: 3, limit: 2 });
    expect(secondPage.items).toHaveLength(1);
    const all = [...firstPage.items, ...secondPage.items].map((n) => n.id);
    expect(new Set(all).size).toBe(3);
    expect((await list(invited.client)).items.map((n) => n.id)).toEqual(all);
  });

  it('when someone else’s notification is marked, then 404 and it stays unread; malformed ids and queries 400', async () => {
    const invited = await invitedExpert(1);
    const [mine] = (await list(invited.client)).items;
    expect((await setup.owner.client.post(`/notifications/${mine?.id}/read`)).status).toBe(404);
    expect((await list(invited.client)).unread).toBe(1);
    expect((await setup.owner.client.post('/notifications/abc/read')).status).toBe(400);
    const unknown = new Types.ObjectId().toString();
    expect((await setup.owner.client.post(`/notifications/${unknown}/read`)).status).toBe(404);
    await setup.owner.client.get('/notifications?unread=yes').expect(400);
    await setup.owner.client.get('/notifications?limit=1000').expect(400);
  });

  it('when not signed in, then 401', async () => {
    await new TestClient(setup.platform.url).get('/notifications').expect(401);
  });

  it('when a notification is created for an online user, then the socket receives it with the unread count', async () => {
    const invited = await invitedExpert(1);
    const socket = await connectedSocket(setup.platform.url, invited);
    try {
      const pushed = nextEvent<{ notification: { type: string }; unread: number }>(
        socket,
        'notification',
      );
      await pendingInvitation(setup.owner.client, invited);
      expect(await pushed).toMatchObject({ notification: { type: 'invitation.new' }, unread: 2 });
    } finally {
      socket.close();
    }
  });
});
