import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import request from 'supertest';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expertRegistration,
  PASSWORD,
  registeredClient,
  staffClient,
} from '@test/support/factories';
import { testMongoUri } from '@test/support/db';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import { acceptedInvitation, enterprise, expert, nextEvent } from '@test/support/invitations';

const SECRET = 'shared-secret-of-both-processes';
const redisUrl = inject('redisUrl');

let first: TestPlatform;
let second: { url: string; child: ChildProcess; dataDir: string };

/** A second server process on the same MongoDB and Redis, as production runs several. */
async function startSecondProcess(): Promise<typeof second> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-second-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      MONGODB_URI: testMongoUri(),
      REDIS_URL: redisUrl,
      SESSION_SECRET: SECRET,
      DATA_DIR: dataDir,
      SEED_DEMO: 'never',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('second process did not start')), 60_000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'listening' && entry.url) {
        clearTimeout(timer);
        resolve(entry.url);
      }
    });
    child.once('exit', (code) => reject(new Error(`second process exited with ${code}`)));
  });
  return { url, child, dataDir };
}

/** A connection to the second process with the session `client` signed in with. */
async function socketOnSecond(client: TestClient) {
  const socket = connect(second.url, {
    transports: ['websocket'],
    reconnection: false,
    extraHeaders: { cookie: client.sessionCookie() },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

beforeAll(async () => {
  if (!redisUrl)
    throw new Error('These tests need redis-server (installed by .ci/run) or REDIS_URL');
  first = await startTestPlatform({ REDIS_URL: redisUrl, SESSION_SECRET: SECRET });
  second = await startSecondProcess();
}, 90_000);

afterAll(async () => {
  if (second) {
    const exited = new Promise((resolve) => second.child.once('exit', resolve));
    second.child.kill('SIGTERM');
    await exited;
    rmSync(second.dataDir, { recursive: true, force: true });
  }
  await first?.close();
});

describe('several server processes with REDIS_URL', () => {
  it('when a user signs in on one process, then the session works on the other', async () => {
    const { client } = await registeredClient(first.url, expertRegistration());
    const res = await request(second.url)
      .get('/api/v1/auth/me')
      .set('cookie', client.sessionCookie());
    expect(res.status).toBe(200);
  });

  it('when login failures are spread over both processes, then the shared limit still blocks', async () => {
    const body = expertRegistration();
    await registeredClient(first.url, body);
    const fail = (url: string) =>
      request(url)
        .post('/api/v1/auth/login')
        .send({ email: body.email, password: 'wrong-password-1' });
    const statuses = [];
    for (const url of [first.url, second.url, first.url, second.url, first.url])
      statuses.push((await fail(url)).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const blocked = await request(second.url)
      .post('/api/v1/auth/login')
      .send({ email: body.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
  });

  it('when an event is pushed on one process, then a socket connected to the other receives it', async () => {
    const { client, user } = await registeredClient(first.url, expertRegistration());
    const socket = await socketOnSecond(client);
    try {
      const received = new Promise((resolve) => socket.once('notification', resolve));
      first.realtime.emitToUser(user.id, 'notification', { across: 'processes' });
      expect(await received).toEqual({ across: 'processes' });
    } finally {
      socket.close();
    }
  });

  it('when a user logs out through one process, then their socket on the other process closes', async () => {
    const { client } = await registeredClient(first.url, expertRegistration());
    const socket = await socketOnSecond(client);
    try {
      const closed = new Promise((resolve) => socket.once('disconnect', resolve));
      expect((await client.post('/auth/logout')).status).toBe(204);
      expect(await closed).toBe('io server disconnect');
    } finally {
      socket.close();
    }
  });

  it('when a message is sent through one process, then the other side’s socket on the other process receives it', async () => {
    const bureau = (await staffClient(first.url, 'bureau')).client;
    const owner = await enterprise(first.url);
    const invited = await expert(first.url, bureau);
    const { conversationId } = await acceptedInvitation(owner.client, invited);
    const socket = await socketOnSecond(invited.client);
    try {
      const joined = await socket.timeout(5_000).emitWithAck('conversation:join', {
        conversationId,
      });
      expect(joined).toEqual({ ok: true });
      const arrival = nextEvent<{ message: { body: string } }>(socket, 'message:new');
      const sent = await owner.client.post(`/conversations/${conversationId}/messages`, {
        body: '跨进程的消息',
        clientId: 'across-processes-1',
      });
      expect(sent.status).toBe(201);
      expect((await arrival).message.body).toBe('跨进程的消息');
    } finally {
      socket.close();
    }
  });
});
