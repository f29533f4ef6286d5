import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { platformWithEnterprise } from '@test/support/arranged';
import { PASSWORD, enterpriseRegistration } from '@test/support/factories';
import { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  connectedSocket,
  expert,
  nextEvent,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';

const setup = platformWithEnterprise();
let anExpert: ExpertParty;
let conversationId: string;

beforeAll(async () => {
  anExpert = await expert(setup.platform.url, setup.bureau);
  ({ conversationId } = await acceptedInvitation(setup.owner.client, anExpert));
});

/** Why the server closed the socket; fails the test when it stays open. */
const disconnection = (socket: Socket, timeoutMs = 5_000) =>
  new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket stayed open')), timeoutMs);
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

/** A second active member of the owner's organization, signed in. */
async function approvedMember(): Promise<EnterpriseParty> {
  const body = enterpriseRegistration({
    organization: { name: setup.owner.organizationName, type: 'enterprise', city: '青岛' },
  });
  const client = new TestClient(setup.platform.url);
  const res = await client.agent.post('/api/v1/auth/register').send(body).expect(201);
  const orgId = setup.owner.user.organizationId as string;
  await setup.owner.client
    .post(`/organizations/${orgId}/members/${res.body.user.id as string}/approve`, {})
    .then((approved) => expect(approved.status).toBe(200));
  return { ...setup.owner, client, user: { ...res.body.user, organizationId: orgId } };
}

async function expertSocket(): Promise<Socket> {
  const socket = await connectedSocket(setup.platform.url, anExpert);
  sockets.push(socket);
  return socket;
}
const sockets: Socket[] = [];
afterEach(() => {
  sockets.splice(0).forEach((socket) => socket.close());
});

function sent(party: EnterpriseParty, body: string) {
  return party.client.post(`/conversations/${conversationId}/messages`, {
    body,
    clientId: randomUUID(),
  });
}

async function messageBodies(): Promise<string[]> {
  const res = await setup.owner.client.get(`/conversations/${conversationId}/messages`).expect(200);
  return (res.body.items as { body: string }[]).map((m) => m.body);
}

describe('sockets live as long as their session', () => {
  it('when a user logs out, then the sockets of that session close and those of their other sessions stay', async () => {
    const other = new TestClient(setup.platform.url);
    await other.agent
      .post('/api/v1/auth/login')
      .send({ email: anExpert.user.email, password: PASSWORD })
      .expect(200);
    const kept = await connectedSocket(setup.platform.url, { client: other, user: anExpert.user });
    const ending = await connectedSocket(setup.platform.url, anExpert);
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

  it('when the session ends without this process hearing of it, then its socket closes within seconds and the cookie connects no more', async () => {
    const socket = await connectedSocket(setup.platform.url, setup.owner);
    const closed = disconnection(socket, 15_000);
    try {
      // As when another process without a shared adapter logs the session out.
      const sid = decodeURIComponent(setup.owner.client.sessionCookie().split('=')[1] ?? '')
        .slice(2)
        .split('.')[0];
      await mongoose.connection.collection('sessions').deleteOne({ _id: sid as never });
      expect(await closed).toBe('io server disconnect');
      await expect(connectedSocket(setup.platform.url, setup.owner)).rejects.toThrow();
    } finally {
      socket.close();
      setup.owner.client.resetCsrf();
      await setup.owner.client.agent
        .post('/api/v1/auth/login')
        .send({ email: setup.owner.user.email, password: PASSWORD })
        .expect(200);
    }
  });

  it('when a pending member connects, then it cannot join the organization’s conversation; approval closes the socket and a new one can', async () => {
    const pending = await (async () => {
      const client = new TestClient(setup.platform.url);
      const body = enterpriseRegistration({
        organization: { name: setup.owner.organizationName, type: 'enterprise', city: '青岛' },
      });
      const res = await client.agent.post('/api/v1/auth/register').send(body).expect(201);
      return { client, user: res.body.user };
    })();
    const before = await connectedSocket(setup.platform.url, pending);
    const closed = disconnection(before);
    try {
      const refused = await before.emitWithAck('conversation:join', { conversationId });
      expect(refused.ok).toBe(false);
      expect(await send(before, 'not a member yet')).toMatchObject({ ok: false });

      const orgId = setup.owner.user.organizationId as string;
      const approved = await setup.owner.client.post(
        `/organizations/${orgId}/members/${pending.user.id}/approve`,
        {},
      );
      expect(approved.status).toBe(200);
      expect(await closed).toBe('io server disconnect');

      const after = await connectedSocket(setup.platform.url, pending);
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

  it('when a member who joined and wrote in the conversation is removed, then that socket closes and neither it nor a new one sends or hears anything there', async () => {
    const member = await approvedMember();
    const memberSocket = await connectedSocket(setup.platform.url, member);
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    try {
      expect(await memberSocket.emitWithAck('conversation:join', { conversationId })).toEqual({
        ok: true,
      });
      expect(await send(memberSocket, 'member before removal')).toMatchObject({ ok: true });

      const closed = disconnection(memberSocket);
      const orgId = setup.owner.user.organizationId as string;
      expect(
        (await setup.owner.client.delete(`/organizations/${orgId}/members/${member.user.id}`))
          .status,
      ).toBe(200);
      expect(await closed).toBe('io server disconnect');
      const late = `removed member, cached socket ${randomUUID()}`;
      expect(await send(memberSocket, late)).toMatchObject({ ok: false });

      const again = await connectedSocket(setup.platform.url, member);
      try {
        const heard: string[] = [];
        again.on('message:new', (p: { message: { body: string } }) => heard.push(p.message.body));
        const join = await again.emitWithAck('conversation:join', { conversationId });
        expect(join).toMatchObject({ ok: false, error: { code: 'not_found' } });
        const refused = `removed member, new socket ${randomUUID()}`;
        expect(await send(again, refused)).toMatchObject({ ok: false });
        // The owner hears the expert's next message, so the removed member would have by then.
        const marker = `after removal ${randomUUID()}`;
        const arrival = nextEvent<{ message: { body: string } }>(
          ownerSocket,
          'message:new',
          (p) => p.message.body === marker,
        );
        expect(await send(await expertSocket(), marker)).toMatchObject({ ok: true });
        await arrival;
        expect(heard).toEqual([]);
        const bodies = await messageBodies();
        expect(bodies).toContain('member before removal');
        expect(bodies).not.toContain(late);
        expect(bodies).not.toContain(refused);
      } finally {
        again.close();
      }
    } finally {
      memberSocket.close();
      ownerSocket.close();
    }
  });

  it('when a user who joined the conversation signs out, then that socket closes, hears nothing more, and its cookie connects no more', async () => {
    const member = await approvedMember();
    const socket = await connectedSocket(setup.platform.url, member);
    try {
      expect(await socket.emitWithAck('conversation:join', { conversationId })).toEqual({
        ok: true,
      });
      // Its own message comes back to it after the acknowledgement; heard before what follows.
      const own = nextEvent<{ message: { body: string } }>(
        socket,
        'message:new',
        (p) => p.message.body === 'before signing out',
      );
      expect(await send(socket, 'before signing out')).toMatchObject({ ok: true });
      await own;
      const heard: string[] = [];
      socket.on('message:new', (p: { message: { body: string } }) => heard.push(p.message.body));
      const closed = disconnection(socket);
      expect((await member.client.post('/auth/logout')).status).toBe(204);
      expect(await closed).toBe('io server disconnect');
      const late = `after signing out ${randomUUID()}`;
      expect(await send(socket, late)).toMatchObject({ ok: false });
      await expect(connectedSocket(setup.platform.url, member)).rejects.toThrow();
      expect((await sent(setup.owner, 'to the conversation after the sign-out')).status).toBe(201);
      expect(heard).toEqual([]);
      expect(await messageBodies()).not.toContain(late);
    } finally {
      socket.close();
    }
  });
});
