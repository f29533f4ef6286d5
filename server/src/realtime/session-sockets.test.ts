import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, enterpriseRegistration, staffClient } from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';
import {
  acceptedInvitation,
  connectedSocket,
  enterprise,
  expert,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';

let platform: TestPlatform;
let owner: EnterpriseParty;
let anExpert: ExpertParty;
let conversationId: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  const bureau = (await staffClient(platform.url, 'bureau')).client;
  owner = await enterprise(platform.url);
  anExpert = await expert(platform.url, bureau);
  ({ conversationId } = await acceptedInvitation(owner.client, anExpert));
});
afterAll(async () => {
  await platform?.close();
});

/** Why the server closed the socket; fails the test when it stays open. */
const disconnection = (socket: Socket) =>
  new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket stayed open')), 5_000);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });

function send(socket: Socket, body: string) {
  return socket
    .timeout(2_000)
    .emitWithAck('message:send', { conversationId, body, clientId: randomUUID() })
    .catch((err: Error) => ({ ok: false, error: { code: err.message } }));
}

async function messageBodies(): Promise<string[]> {
  const res = await owner.client.get(`/conversations/${conversationId}/messages`).expect(200);
  return (res.body.items as { body: string }[]).map((m) => m.body);
}

describe('sockets live as long as their session', () => {
  it('when a user logs out, then the sockets of that session close and those of their other sessions stay', async () => {
    const other = new TestClient(platform.url);
    await other.agent
      .post('/api/v1/auth/login')
      .send({ email: anExpert.user.email, password: PASSWORD })
      .expect(200);
    const kept = await connectedSocket(platform.url, { client: other, user: anExpert.user });
    const ending = await connectedSocket(platform.url, anExpert);
    const closed = disconnection(ending);
    try {
      expect((await anExpert.client.post('/auth/logout')).status).toBe(204);
      expect(await closed).toBe('io server disconnect');
      expect(await send(kept, 'still here')).toMatchObject({ ok: true });
    } finally {
      kept.close();
      ending.close();
      anExpert.client.resetCsrf();
      await anExpert.client.agent
        .post('/api/v1/auth/login')
        .send({ email: anExpert.user.email, password: PASSWORD })
        .expect(200);
    }
  });

  it('when the session ends without this process hearing of it, then the next event closes the socket and is not carried out', async () => {
    const socket = await connectedSocket(platform.url, owner);
    const closed = disconnection(socket);
    try {
      // As when another process without a shared adapter logs the session out.
      const sid = decodeURIComponent(owner.client.sessionCookie().split('=')[1] ?? '')
        .slice(2)
        .split('.')[0];
      await mongoose.connection.collection('sessions').deleteOne({ _id: sid as never });
      const body = `after the session ended ${randomUUID()}`;
      const answer = await send(socket, body);
      expect(answer).toMatchObject({ ok: false });
      expect(await closed).toBe('io server disconnect');
      owner.client.resetCsrf();
      await owner.client.agent
        .post('/api/v1/auth/login')
        .send({ email: owner.user.email, password: PASSWORD })
        .expect(200);
      expect(await messageBodies()).not.toContain(body);
    } finally {
      socket.close();
    }
  });

  it('when a pending member connects, then it cannot join the organization’s conversation; approval closes the socket and a new one can', async () => {
    const pending = await (async () => {
      const client = new TestClient(platform.url);
      const body = enterpriseRegistration({
        organization: { name: owner.organizationName, type: 'enterprise', city: '青岛' },
      });
      const res = await client.agent.post('/api/v1/auth/register').send(body).expect(201);
      return { client, user: res.body.user };
    })();
    const before = await connectedSocket(platform.url, pending);
    const closed = disconnection(before);
    try {
      const refused = await before.emitWithAck('conversation:join', { conversationId });
      expect(refused.ok).toBe(false);
      expect(await send(before, 'not a member yet')).toMatchObject({ ok: false });

      const orgId = owner.user.organizationId as string;
      const approved = await owner.client.post(
        `/organizations/${orgId}/members/${pending.user.id}/approve`,
        {},
      );
      expect(approved.status).toBe(200);
      expect(await closed).toBe('io server disconnect');

      const after = await connectedSocket(platform.url, pending);
      try {
        expect(await after.emitWithAck('conversation:join', { conversationId })).toMatchObject({
          ok: true,
        });
      } finally {
        after.close();
      }
    } finally {
      before.close();
    }
  });
});
