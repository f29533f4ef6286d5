import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { Socket } from 'socket.io-client';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientEvents, serverEvents, type UserDto } from '@qs/shared';
import {
  PASSWORD,
  enterpriseRegistration,
  expertProfile,
  staffClient,
  uniqueEmail,
} from '@test/support/factories';
import { TestClient, startTestPlatform, type TestPlatform } from '@test/support/platform';
import {
  connectedSocket,
  enterprise,
  expert,
  invite,
  openNeed,
  type EnterpriseParty,
  type ExpertParty,
} from '@test/support/invitations';

/**
 * Every route of the OpenAPI document (generated from the route specs) and every socket event,
 * called by everyone outside organization A — nobody signed in, a pending member of A, an
 * account A rejected, a member of organization B, an expert A never invited — against A's
 * records, with each route's documented example body. Each call must be refused (401, 403, 404),
 * or succeed without showing any of A's private data; and A's records must stay as they were.
 * A new route is covered by declaring it: its spec carries the example the suite sends.
 */

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  example?: unknown;
  /** Required query parameters, filled with a plausible value of their schema. */
  query: string;
}

interface ParameterDoc {
  in: string;
  name: string;
  required?: boolean;
  schema?: { type?: string; enum?: unknown[] };
}

function plausible(param: ParameterDoc): string {
  // An id in the query names A's record of its kind, as ids in paths and bodies do.
  if (param.name === 'expertId') return ids.expert as string;
  if (param.schema?.enum?.length) return String(param.schema.enum[0]);
  return param.schema?.type === 'number' || param.schema?.type === 'integer' ? '1' : '边缘计算';
}

interface Outsider {
  name: string;
  client: TestClient;
  email?: string;
}

let platform: TestPlatform;
let owner: EnterpriseParty;
let invited: ExpertParty;
let outsiders: Outsider[];
const outsiderIds = new Set<string>();
const outsiderExpertIds = new Set<string>();
let bureau: TestClient;
/** Records of A, by the name routes give their ids. */
const ids: Record<string, string> = {};
/** Strings only A's side may see: any of them in an outsider's answer is a leak. */
let secrets: string[];
let operations: Operation[];

async function signedIn(email: string): Promise<TestClient> {
  const client = new TestClient(platform.url);
  const res = await client.agent.post('/api/v1/auth/login').send({ email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status}`);
  return client;
}

async function registered(body: Record<string, unknown>): Promise<Outsider> {
  const client = new TestClient(platform.url);
  await client.agent.post('/api/v1/auth/register').send(body).expect(201);
  return { name: '', client, email: body.email as string };
}

/** A's side of the platform, with something behind every kind of id a route can name. */
async function arrangeOrganizationA(): Promise<void> {
  bureau = (await staffClient(platform.url, 'bureau')).client;
  owner = await enterprise(platform.url);
  const phone = `139${String(Date.now()).slice(-8)}`;
  invited = await expert(platform.url, bureau, {
    contact: { phone, email: uniqueEmail('secret-contact') },
  });
  const invitationText = `A-invitation-${randomUUID()}`;
  const messageText = `A-message-${randomUUID()}`;

  const acceptedNeed = await openNeed(owner.client);
  const accepted = await invite(owner.client, acceptedNeed, invited.expertId, {
    message: invitationText,
  });
  const answer = await invited.client.post(`/invitations/${accepted.body.invitation.id}/accept`);
  const sent = await owner.client.post(`/conversations/${answer.body.conversationId}/messages`, {
    body: messageText,
    clientId: randomUUID(),
  });

  const needId = await openNeed(owner.client);
  const pending = await invite(owner.client, needId, invited.expertId, { message: invitationText });
  const questionText = `A-question-${randomUUID()}`;
  await invited.client.post(`/invitations/${pending.body.invitation.id}/questions`, {
    text: questionText,
  });
  const meetingAddress = `A-address-${randomUUID()}`;
  const start = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  const meeting = await owner.client.post(
    `/collaborations/${answer.body.collaborationId}/meetings`,
    {
      mode: 'onsite',
      address: meetingAddress,
      slots: [
        { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() },
      ],
    },
  );
  const draw = await owner.client.post(`/needs/${needId}/extraction`, { count: 1 });
  const closedNeed = await openNeed(owner.client, { title: `A-closed-${randomUUID()}` });
  await owner.client.post(`/needs/${closedNeed}/close`);

  const pendingMember = await registered(
    enterpriseRegistration({
      organization: { name: owner.organizationName, type: 'enterprise', city: '青岛' },
    }),
  );
  const requested = await owner.client.get('/notifications').expect(200);
  const members = await owner.client.get(`/organizations/${owner.user.organizationId}/members`);
  const pendingUserId = (members.body.items as { userId: string; membership: string }[]).find(
    (m) => m.membership === 'pending',
  )?.userId;

  Object.assign(ids, {
    organization: owner.user.organizationId,
    need: needId,
    invitation: pending.body.invitation.id,
    collaboration: answer.body.collaborationId,
    conversation: answer.body.conversationId,
    expert: invited.expertId,
    notification: requested.body.items[0].id,
    extraction: draw.body.id,
    message: sent.body.message.id,
    member: pendingUserId,
    meeting: meeting.body.meeting?.id,
  });
  for (const [name, value] of Object.entries(ids)) {
    if (!value) throw new Error(`arrangement failed: no ${name} id`);
  }
  const closed = await owner.client.get(`/needs/${closedNeed}`).expect(200);
  secrets = [
    owner.user.email,
    pendingMember.email ?? '',
    invited.user.email,
    phone,
    invitationText,
    messageText,
    closed.body.need.title,
    closedNeed,
    ids.invitation as string,
    accepted.body.invitation.id,
    ids.collaboration as string,
    ids.conversation as string,
    ids.notification as string,
    ids.extraction as string,
    ids.message as string,
    questionText,
    meetingAddress,
    ids.meeting as string,
  ];

  const rejected = await registered(
    enterpriseRegistration({
      organization: { name: owner.organizationName, type: 'enterprise', city: '深圳' },
    }),
  );
  const rejectedId = (await rejected.client.get('/auth/me')).body.user.id as string;
  await owner.client.post(`/organizations/${ids.organization}/members/${rejectedId}/reject`, {});
  const otherOrganization = await enterprise(platform.url, '深圳');
  const appealText = `A-appeal-${randomUUID()}`;
  const suspension = await bureau.post(`/organizations/${ids.organization}/suspensions`, {
    until: `${new Date().getFullYear() + 1}-12-31`,
    reason: `A-suspension-${randomUUID()}`,
  });
  ids.suspension = suspension.body.suspension.id;
  await owner.client.post(`/suspensions/${ids.suspension}/appeals`, { text: appealText });
  secrets.push(appealText, suspension.body.suspension.reason);
  const stranger = await expert(platform.url, bureau, expertProfile({ name: '赵强' }));
  outsiderExpertIds.add(stranger.expertId);
  outsiders = [
    { name: 'nobody signed in', client: new TestClient(platform.url) },
    { ...pendingMember, name: 'a pending member of A' },
    { ...rejected, name: 'an account A rejected' },
    {
      name: 'a member of organization B',
      client: otherOrganization.client,
      email: otherOrganization.user.email,
    },
    { name: 'an expert A never invited', client: stranger.client, email: stranger.user.email },
  ];
  for (const outsider of outsiders.filter((o) => o.email)) {
    outsiderIds.add((await outsider.client.get('/auth/me')).body.user.id as string);
  }
}

/** The id a path parameter names, from the collection its path starts with. */
function paramValue(path: string, param: string): string {
  if (param === 'userId' || path.startsWith('/admin/users/')) return ids.member as string;
  if (param === 'extractionId') return ids.extraction as string;
  if (param === 'meetingId') return ids.meeting as string;
  if (param === 'pool') return 'qingdao';
  // No mail is A's: the outbox is the admin's alone, so any well-formed id must be refused.
  if (param === 'mailId') return '0000000000000-000000000000';
  const collection = path.split('/')[1] ?? '';
  const byCollection: Record<string, string | undefined> = {
    needs: ids.need,
    invitations: ids.invitation,
    collaborations: ids.collaboration,
    conversations: ids.conversation,
    experts: ids.expert,
    organizations: ids.organization,
    notifications: ids.notification,
    suspensions: ids.suspension,
  };
  const value = byCollection[collection];
  if (!value) throw new Error(`no record of A for {${param}} in ${path}: extend the suite`);
  return value;
}

/** Ids in an example body become A's, by field name. */
function bodyFor(example: unknown): unknown {
  if (Array.isArray(example)) return example.map(bodyFor);
  if (example === null || typeof example !== 'object') return example;
  const fields: Record<string, string | undefined> = {
    expertId: ids.expert,
    needId: ids.need,
    messageId: ids.message,
    conversationId: ids.conversation,
    userId: ids.member,
  };
  return Object.fromEntries(
    Object.entries(example).map(([key, value]) => [
      key,
      typeof value === 'string' && fields[key] ? fields[key] : bodyFor(value),
    ]),
  );
}

/** Every stored document that mentions A's records, sessions aside. */
async function organizationAState(): Promise<string[]> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('no database');
  const marks = [...Object.values(ids), owner.user.id, invited.user.id];
  const state: string[] = [];
  for (const { name } of await db.listCollections().toArray()) {
    // The statistics' read model sums everyone's records by day: an outsider's own expert or need
    // lands in a day document that holds A's too. A's records themselves are compared.
    if (name === 'sessions' || name.startsWith('stats_')) continue;
    for (const doc of await db.collection(name).find().toArray()) {
      // An outsider's own notifications may name A (a rejection): reading them is its business.
      if (outsiderIds.has(String(doc.userId))) continue;
      // An expert may express interest in A's open need: the interest and A's notice of it are
      // the outsider expert's own doing, as an application would be.
      if (outsiderExpertIds.has(String(doc.expertId ?? doc.data?.expertId))) continue;
      const text = JSON.stringify(doc);
      if (marks.some((mark) => text.includes(mark))) state.push(`${name}:${text}`);
    }
  }
  return state.sort();
}

/** Signs the outsider back in as itself when a call changed who it is (register, logout). */
async function restore(outsider: Outsider): Promise<void> {
  const me = await outsider.client.get('/auth/me');
  if (!outsider.email) {
    if (me.status !== 401) outsider.client = new TestClient(platform.url);
    return;
  }
  if (me.status === 200 && me.body.user.email === outsider.email) return;
  outsider.client = await signedIn(outsider.email);
}

function call(client: TestClient, op: Operation, path: string) {
  const body = op.example === undefined ? undefined : bodyFor(op.example);
  if (op.method === 'get') return client.get(path);
  if (op.method === 'delete') return client.delete(path);
  return client[op.method](path, body);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  await arrangeOrganizationA();
  const doc = (await new TestClient(platform.url).agent.get('/api/openapi.json').expect(200))
    .body as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: ParameterDoc[];
          requestBody?: { content?: Record<string, { example?: unknown }> };
        }
      >
    >;
  };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method as Operation['method'],
      path: path.replace(/^\/api\/v1/, ''),
      example: op.requestBody?.content?.['application/json']?.example,
      query: new URLSearchParams(
        (op.parameters ?? [])
          .filter((p) => p.in === 'query' && p.required)
          .map((p): [string, string] => [p.name, plausible(p)]),
      ).toString(),
    })),
  );
}, 120_000);

afterAll(async () => {
  await platform?.close();
});

describe('every route, called by everyone outside organization A', () => {
  // Every route by five outsiders, each followed by a scan of A's records: minutes on a busy machine.
  it('when each route is called against A’s records, then it is refused or shows nothing of A, and A’s records stay as they were', async () => {
    expect(operations.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const op of operations) {
      const path = op.path.replace(/\{(\w+)\}/g, (_, param: string) => paramValue(op.path, param));
      const before = await organizationAState();
      for (const outsider of outsiders) {
        const res = await call(outsider.client, op, op.query ? `${path}?${op.query}` : path);
        const where = `${op.method.toUpperCase()} ${op.path} by ${outsider.name}: ${res.status}`;
        const refused = [401, 403, 404].includes(res.status);
        const ownBusiness =
          !op.path.includes('{') &&
          (res.status === 409 ||
            (op.path === '/auth/login' && res.status === 429) ||
            // the example's token opens no account
            (op.path === '/auth/password-reset' && res.status === 400));
        if (res.status >= 200 && res.status < 300) {
          const shown = `${res.text ?? ''}${JSON.stringify(res.body ?? '')}`;
          const leaked = secrets.filter(
            (secret) => secret !== outsider.email && shown.includes(secret),
          );
          if (leaked.length) failures.push(`${where} shows ${leaked.join(', ')}`);
        } else if (!refused && !ownBusiness) {
          failures.push(`${where} ${JSON.stringify(res.body)}`);
        }
        await restore(outsider);
      }
      const after = await organizationAState();
      if (after.join('\n') !== before.join('\n'))
        failures.push(`${op.method.toUpperCase()} ${op.path} changed A's records`);
    }
    expect(failures).toEqual([]);
    // The arrangement was intact all along: A's owner still reads what outsiders could not.
    await owner.client.get(`/conversations/${ids.conversation}/messages`).expect(200);
    await owner.client.get(`/invitations/${ids.invitation}`).expect(200);
    // Every route, five outsiders each: it grows with the API and runs beside the whole suite.
  }, 180_000);

  it('when a socket event names A’s conversation, then every outsider and the bureau are refused and hear nothing of it', async () => {
    const anonymous = connect(platform.url, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
    });
    const refusedConnection = await new Promise<string>((resolve) => {
      anonymous.once('connect', () => resolve('connected'));
      anonymous.once('connect_error', (err) => resolve(err.message));
    });
    anonymous.close();
    expect(refusedConnection).not.toBe('connected');

    const listeners = [...outsiders.filter((o) => o.email), { name: 'the bureau', client: bureau }];
    const sockets: { name: string; userId: string; socket: Socket; heard: string[] }[] = [];
    const before = await organizationAState();
    try {
      for (const listener of listeners) {
        const user = (await listener.client.get('/auth/me')).body.user as UserDto;
        const socket = await connectedSocket(platform.url, { client: listener.client, user });
        const heard: string[] = [];
        socket.onAny((event: string, payload: unknown) =>
          heard.push(`${event} ${JSON.stringify(payload)}`),
        );
        sockets.push({ name: listener.name, userId: user.id, socket, heard });
        const payload = {
          conversationId: ids.conversation,
          messageId: ids.message,
          body: `outsider-${randomUUID()}`,
          clientId: randomUUID(),
        };
        for (const event of Object.values(clientEvents)) {
          const { conversationId, ...rest } = payload;
          const sent =
            event === clientEvents.messageSend
              ? payload
              : event === clientEvents.messageRead
                ? { conversationId, messageId: rest.messageId }
                : { conversationId };
          const ack = (await socket.timeout(3_000).emitWithAck(event, sent)) as {
            ok: boolean;
          };
          const allowedToLeave = event === clientEvents.conversationLeave;
          if (ack.ok && !allowedToLeave) {
            throw new Error(`${event} by ${listener.name} was accepted`);
          }
        }
      }
      expect(await organizationAState()).toEqual(before);
      const secret = `A-live-${randomUUID()}`;
      const ownerSocket = await connectedSocket(platform.url, owner);
      try {
        await ownerSocket.emitWithAck(clientEvents.conversationJoin, {
          conversationId: ids.conversation,
        });
        const ack = await ownerSocket.emitWithAck(clientEvents.messageSend, {
          conversationId: ids.conversation,
          body: secret,
          clientId: randomUUID(),
        });
        expect(ack.ok).toBe(true);
        await ownerSocket.emitWithAck(clientEvents.typing, { conversationId: ids.conversation });
      } finally {
        ownerSocket.close();
      }
      // Each socket hears events in the order they were sent: once a last one addressed to it
      // arrives, anything leaked before it has arrived too.
      const marker = randomUUID();
      const lastHeard = sockets.map(
        ({ socket }) =>
          new Promise<void>((resolve) => {
            socket.on(serverEvents.notification, (payload: { marker?: string }) => {
              if (payload.marker === marker) resolve();
            });
          }),
      );
      for (const { userId } of sockets)
        platform.realtime.emitToUser(userId, serverEvents.notification, { marker });
      await Promise.all(lastHeard);
      for (const { name, heard } of sockets) {
        const leaks = heard.filter(
          (line) =>
            line.includes(secret) ||
            line.includes(ids.conversation as string) ||
            line.startsWith(serverEvents.typing),
        );
        expect(leaks, name).toEqual([]);
      }
    } finally {
      sockets.forEach(({ socket }) => socket.close());
    }
    const messages = await owner.client
      .get(`/conversations/${ids.conversation}/messages`)
      .expect(200);
    expect(
      (messages.body.items as { body: string }[]).filter((m) => m.body.startsWith('outsider-')),
    ).toEqual([]);
  });
});
