import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '@test/support/platform';
import {
  acceptedInvitation,
  connectedSocket,
  enterprise,
  expert,
  nextEvent,
  pendingInvitation,
  type ExpertParty,
} from '@test/support/invitations';
import { platformWithEnterprise } from '@test/support/arranged';

const setup = platformWithEnterprise();
let invited: ExpertParty;
let conversationId: string;
let invitationId: string;

beforeAll(async () => {
  invited = await expert(setup.platform.url, setup.bureau);
  ({ conversationId, invitationId } = await acceptedInvitation(setup.owner.client, invited));
});

interface Message {
  id: string;
  conversationId: string;
  senderId: string;
  body: string;
  clientId: string;
  createdAt: string;
}

async function send(client: TestClient, body: string, clientId = randomUUID()) {
  return client.post(`/conversations/${conversationId}/messages`, { body, clientId });
}

async function sent(client: TestClient, body: string): Promise<Message> {
  const res = await send(client, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.message as Message;
}

async function conversationOf(client: TestClient) {
  const res = await client.get(`/conversations/${conversationId}`).expect(200);
  return res.body.conversation as {
    unread: number;
    lastMessage?: Message;
    reads: { userId: string; messageId: string }[];
    needTitle?: string;
    expertName?: string;
    organizationName?: string;
    collaborationId?: string;
  };
}

/** Sends over the socket and waits for the acknowledgement. */
function emitWithAck<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  return socket.timeout(5_000).emitWithAck(event, payload) as Promise<T>;
}

describe('messages over HTTP', () => {
  it('when a side sends a message, then it is stored and both sides read it, newest first', async () => {
    const first = await sent(setup.owner.client, '您好，想约您下周线上沟通诊断方案。');
    const second = await sent(invited.client, '好的，周二下午可以。\n请提前发下资料。');
    expect(first).toMatchObject({ conversationId, senderId: setup.owner.user.id });
    expect(second.body).toBe('好的，周二下午可以。\n请提前发下资料。');

    for (const client of [setup.owner.client, invited.client]) {
      const page = await client.get(`/conversations/${conversationId}/messages`).expect(200);
      expect(page.body.items.map((m: Message) => m.id)).toEqual([second.id, first.id]);
      expect(page.body.hasMore).toBe(false);
    }
  });

  it('when the same clientId is sent again, then it answers 200 with the stored message and stores nothing new', async () => {
    const clientId = randomUUID();
    const first = await send(setup.owner.client, '资料已发送到邮箱。', clientId);
    expect(first.status).toBe(201);
    const again = await send(setup.owner.client, '资料已发送到邮箱。', clientId);
    expect(again.status).toBe(200);
    expect(again.body.message.id).toBe(first.body.message.id);
    const page = await setup.owner.client.get(
      `/conversations/${conversationId}/messages?limit=100`,
    );
    const copies = page.body.items.filter((m: Message) => m.clientId === clientId);
    expect(copies).toHaveLength(1);
  });

  it('when paging with before, then older messages come in pages until none is left', async () => {
    const page1 = await setup.owner.client.get(`/conversations/${conversationId}/messages?limit=2`);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.hasMore).toBe(true);
    const last = page1.body.items.at(-1).id as string;
    const page2 = await setup.owner.client.get(
      `/conversations/${conversationId}/messages?limit=2&before=${last}`,
    );
    expect(page2.body.items.length).toBeGreaterThan(0);
    for (const message of page2.body.items as Message[]) expect(message.id < last).toBe(true);
  });

  it('when a side has unread messages and marks them read, then its unread count drops and the mark only moves forward', async () => {
    const latest = await sent(setup.owner.client, '另外，预算范围在二十万以内。');
    const before = await conversationOf(invited.client);
    expect(before.unread).toBeGreaterThan(0);
    expect(before.lastMessage?.id).toBe(latest.id);
    expect(before).toMatchObject({
      needTitle: expect.any(String),
      organizationName: expect.any(String),
    });

    const read = await invited.client.post(`/conversations/${conversationId}/read`, {
      messageId: latest.id,
    });
    expect(read.status).toBe(200);
    expect(read.body.conversation.unread).toBe(0);
    expect(read.body.conversation.reads).toContainEqual({
      userId: invited.user.id,
      messageId: latest.id,
    });
    // An older mark later changes nothing.
    const oldest = (
      await invited.client.get(`/conversations/${conversationId}/messages?limit=100`)
    ).body.items.at(-1) as Message;
    await invited.client.post(`/conversations/${conversationId}/read`, { messageId: oldest.id });
    expect((await conversationOf(invited.client)).reads).toContainEqual({
      userId: invited.user.id,
      messageId: latest.id,
    });
  });

  it('when listing, then each side sees the conversation with its collaboration; others see none', async () => {
    for (const client of [setup.owner.client, invited.client]) {
      const list = await client.get('/conversations').expect(200);
      const item = list.body.items.find((c: { id: string }) => c.id === conversationId);
      expect(item).toMatchObject({
        collaborationId: expect.any(String),
        expertName: expect.any(String),
      });
    }
    const outsider = await enterprise(setup.platform.url);
    expect((await outsider.client.get('/conversations').expect(200)).body.total).toBe(0);
    expect((await setup.bureau.get('/conversations').expect(200)).body.total).toBe(0);
  });

  it('when someone outside the conversation reads or writes it, then 404 and nothing is stored', async () => {
    const outsider = await enterprise(setup.platform.url);
    const otherExpert = await expert(setup.platform.url, setup.bureau);
    for (const client of [outsider.client, otherExpert.client, setup.bureau]) {
      expect((await client.get(`/conversations/${conversationId}`)).status).toBe(404);
      expect((await client.get(`/conversations/${conversationId}/messages`)).status).toBe(404);
      expect((await send(client, '我也想加入')).status).toBe(404);
    }
    const page = await setup.owner.client.get(
      `/conversations/${conversationId}/messages?limit=100`,
    );
    expect(page.body.items.some((m: Message) => m.body === '我也想加入')).toBe(false);
  });

  it('when the body is empty, too long, has control characters or unknown fields, then 400 naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ body: '   ', clientId: 'a' }, 'body'],
      [{ body: '长'.repeat(4001), clientId: 'b' }, 'body'],
      [{ body: 'x\u0000y', clientId: 'c' }, 'body'],
      [{ body: '你好' }, 'clientId'],
      [{ body: '你好', clientId: 'd', senderId: setup.owner.user.id }, 'senderId'],
    ];
    for (const [body, field] of cases) {
      const res = await setup.owner.client.post(`/conversations/${conversationId}/messages`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(field);
    }
    expect((await setup.owner.client.get('/conversations/nope/messages')).status).toBe(400);
    expect(
      (await setup.owner.client.get(`/conversations/${conversationId}/messages?before=zz`)).status,
    ).toBe(400);
  });

  it('when looking up by invitation, then the accepted one has its conversation and a pending one none yet', async () => {
    const accepted = await setup.owner.client
      .get(`/conversations?invitationId=${invitationId}`)
      .expect(200);
    expect(accepted.body.items.map((c: { id: string }) => c.id)).toEqual([conversationId]);
    const other = await expert(setup.platform.url, setup.bureau);
    const pending = await pendingInvitation(setup.owner.client, other);
    const list = await setup.owner.client.get(`/conversations?invitationId=${pending}`).expect(200);
    expect(list.body.total).toBe(0);
  });
});

describe('messages over Socket.io', () => {
  it('when the enterprise sends over its socket, then the ack carries the stored message and the expert receives message:new', async () => {
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    const expertSocket = await connectedSocket(setup.platform.url, invited);
    try {
      const joined = await emitWithAck<{ ok: boolean }>(expertSocket, 'conversation:join', {
        conversationId,
      });
      expect(joined).toEqual({ ok: true });
      const heard: string[] = [];
      expertSocket.on('message:new', (p: { message: Message }) => heard.push(p.message.clientId));
      const clientId = randomUUID();
      const arrival = nextEvent<{ message: Message }>(
        expertSocket,
        'message:new',
        (p) => p.message.clientId === clientId,
      );
      const ack = await emitWithAck<{ ok: boolean; message: Message }>(
        ownerSocket,
        'message:send',
        { conversationId, body: '实时消息测试', clientId },
      );
      expect(ack.ok).toBe(true);
      expect(ack.message).toMatchObject({ body: '实时消息测试', senderId: setup.owner.user.id });
      expect((await arrival).message.id).toBe(ack.message.id);

      // The same clientId again acknowledges the same message and announces nothing new.
      const again = await emitWithAck<{ ok: boolean; message: Message }>(
        ownerSocket,
        'message:send',
        { conversationId, body: '实时消息测试', clientId },
      );
      expect(again.message.id).toBe(ack.message.id);
      // Events arrive in order: once a later message is heard, a second announcement would have been.
      const marker = randomUUID();
      const markerArrival = nextEvent<{ message: Message }>(
        expertSocket,
        'message:new',
        (p) => p.message.clientId === marker,
      );
      await emitWithAck(ownerSocket, 'message:send', {
        conversationId,
        body: '下一条',
        clientId: marker,
      });
      await markerArrival;
      expect(heard.filter((id) => id === clientId)).toEqual([clientId]);
    } finally {
      ownerSocket.close();
      expertSocket.close();
    }
  });

  it('when the expert reads and types, then the enterprise receives message:read and typing', async () => {
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    const expertSocket = await connectedSocket(setup.platform.url, invited);
    try {
      await emitWithAck(ownerSocket, 'conversation:join', { conversationId });
      await emitWithAck(expertSocket, 'conversation:join', { conversationId });
      const latest = await sent(setup.owner.client, '请确认是否收到');
      const readEvent = nextEvent<{ conversationId: string; userId: string; messageId: string }>(
        ownerSocket,
        'message:read',
        (p) => p.messageId === latest.id,
      );
      const ack = await emitWithAck<{ ok: boolean }>(expertSocket, 'message:read', {
        conversationId,
        messageId: latest.id,
      });
      expect(ack).toEqual({ ok: true });
      expect(await readEvent).toEqual({
        conversationId,
        userId: invited.user.id,
        messageId: latest.id,
      });

      const typing = nextEvent<{ conversationId: string; userId: string }>(ownerSocket, 'typing');
      expertSocket.emit('typing', { conversationId });
      expect(await typing).toEqual({ conversationId, userId: invited.user.id });
    } finally {
      ownerSocket.close();
      expertSocket.close();
    }
  });

  it('when an outsider joins, sends or types, then the ack is an error and nothing reaches the conversation', async () => {
    const outsider = await enterprise(setup.platform.url);
    const socket = await connectedSocket(setup.platform.url, outsider);
    const ownerSocket = await connectedSocket(setup.platform.url, setup.owner);
    try {
      await emitWithAck(ownerSocket, 'conversation:join', { conversationId });
      let leaked = false;
      ownerSocket.on('typing', () => (leaked = true));
      ownerSocket.on('message:new', (p: { message: Message }) => {
        if (p.message.body === '窃听') leaked = true;
      });

      const join = await emitWithAck<{ ok: boolean; error: { code: string } }>(
        socket,
        'conversation:join',
        { conversationId },
      );
      expect(join).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const sendAck = await emitWithAck<{ ok: boolean; error: { code: string } }>(
        socket,
        'message:send',
        { conversationId, body: '窃听', clientId: randomUUID() },
      );
      expect(sendAck).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const typingAck = await emitWithAck<{ ok: boolean }>(socket, 'typing', { conversationId });
      expect(typingAck.ok).toBe(false);
      // The owner's own send proves delivery works, so silence above means nothing leaked.
      const ownArrival = nextEvent(ownerSocket, 'message:new');
      await sent(setup.owner.client, '只有双方可见');
      await ownArrival;
      expect(leaked).toBe(false);
    } finally {
      socket.close();
      ownerSocket.close();
    }
  });

  it('when a payload is malformed, then the ack names the field and nothing is stored', async () => {
    const socket = await connectedSocket(setup.platform.url, setup.owner);
    try {
      const ack = await emitWithAck<{
        ok: boolean;
        error: { code: string; details: { path: string }[] };
      }>(socket, 'message:send', { conversationId, body: '', clientId: 'x', extra: true });
      expect(ack.ok).toBe(false);
      expect(ack.error.code).toBe('validation_failed');
      expect(ack.error.details.map((d) => d.path)).toEqual(
        expect.arrayContaining(['body', 'extra']),
      );
      const bad = await emitWithAck<{ ok: boolean; error: { code: string } }>(
        socket,
        'conversation:join',
        'not an object',
      );
      expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    } finally {
      socket.close();
    }
  });

  it('when a sender floods the conversation, then it is rate limited with 429 and over the socket', async () => {
    const flooder = await expert(setup.platform.url, setup.bureau);
    const flood = await acceptedInvitation(setup.owner.client, flooder);
    // At once, so that all of them fall in one window of the limit however slow the machine.
    await flooder.client.csrfToken();
    const answers = await Promise.all(
      Array.from({ length: 31 }, (_, i) =>
        flooder.client.post(`/conversations/${flood.conversationId}/messages`, {
          body: `第${i}条`,
          clientId: randomUUID(),
        }),
      ),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array<number>(30).fill(201), 429]);
    const socket = await connectedSocket(setup.platform.url, flooder);
    try {
      const ack = await emitWithAck<{ ok: boolean; error: { code: string } }>(
        socket,
        'message:send',
        { conversationId: flood.conversationId, body: '再来一条', clientId: randomUUID() },
      );
      expect(ack).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    } finally {
      socket.close();
    }
  });
});
