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
  verifiedExpert,
} from '@test/support/factories';
import { until } from '@test/support/wait';
import { testMongoUri } from '@test/support/db';
import { startTestPlatform, type TestClient, type TestPlatform } from '@test/support/platform';
import {
  acceptedInvitation,
  enterprise,
  expert,
  invite,
  nextEvent,
  openNeed,
} from '@test/support/invitations';

const SECRET = 'shared-secret-of-both-processes';
const redisUrl = inject('redisUrl');

let first: TestPlatform;
let second: { url: string; child: ChildProcess; dataDir: string };

/** How often both processes run their jobs; a lease lasts three of these. */
const JOB_INTERVAL_MS = 1_000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The second process's clock is three days ahead: every invitation of a day is due there. */
const SECOND_CLOCK_AHEAD_MS = 3 * DAY_MS;
/** The first process's clock, moved by the job test. */
let firstClockAheadMs = 0;

/** A second server process on the same MongoDB, Redis and search engine, as production runs several. */
async function startSecondProcess(): Promise<typeof second> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'qs-second-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/platform-process.ts'], {
    env: {
      ...process.env,
      TEST_JOB_INTERVAL_MS: String(JOB_INTERVAL_MS),
      TEST_CLOCK_OFFSET_MS: String(SECOND_CLOCK_AHEAD_MS),
      MEILI_URL: first.config.meiliUrl ?? '',
      MEILI_MASTER_KEY: first.config.meiliMasterKey ?? '',
      MEILI_INDEX_PREFIX: first.config.meiliIndexPrefix ?? '',
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
  first = await startTestPlatform(
    { REDIS_URL: redisUrl, SESSION_SECRET: SECRET },
    {
      jobIntervalMs: JOB_INTERVAL_MS,
      now: () => new Date(Date.now() + firstClockAheadMs),
    },
  );
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

  it('when experts are verified through either process, then the other process’s search finds them', async () => {
    const marker = `跨进程专家${Date.now()}`;
    const found = async (url: string, client: TestClient, name: string) => {
      const res = await client.get(`/experts?q=${encodeURIComponent(name)}&limit=10`);
      return (
        res.status === 200 && (res.body.items as { name: string }[]).some((e) => e.name === name)
      );
    };
    const bureauOnFirst = (await staffClient(first.url, 'bureau')).client;
    const bureauOnSecond = (await staffClient(second.url, 'bureau')).client;
    await verifiedExpert(first.url, bureauOnFirst, { name: `${marker}甲` });
    await verifiedExpert(second.url, bureauOnSecond, { name: `${marker}乙` });
    expect(await until(() => found(second.url, bureauOnSecond, `${marker}甲`), 10_000)).toBe(true);
    expect(await until(() => found(first.url, bureauOnFirst, `${marker}乙`), 10_000)).toBe(true);
  });

  it('when invitations fall due, then the one process holding the expiry job expires each of them once', async () => {
    const bureau = (await staffClient(first.url, 'bureau')).client;
    const owner = await enterprise(first.url);
    const invitations: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const invited = await expert(first.url, bureau);
      const res = await invite(owner.client, await openNeed(owner.client), invited.expertId, {
        expiresInDays: 1,
      });
      expect(res.status).toBe(201);
      invitations.push(res.body.invitation.id as string);
    }
    const statuses = async () =>
      Promise.all(
        invitations.map(
          async (id) =>
            (await owner.client.get(`/invitations/${id}`)).body.invitation.status as string,
        ),
      );
    // The second process's clock finds them due already; the first process, which took the
    // lease when it started, does not, and it alone runs the job: over a few runs, nothing expires.
    await new Promise((resolve) => setTimeout(resolve, 3 * JOB_INTERVAL_MS));
    expect(await statuses()).toEqual(['pending', 'pending', 'pending']);

    firstClockAheadMs = 2 * DAY_MS;
    expect(
      await until(async () => (await statuses()).every((status) => status === 'expired'), 15_000),
    ).toBe(true);
    const notices = await owner.client.get('/notifications?limit=100').expect(200);
    const expiries = (notices.body.items as { type: string; data: { invitationId?: string } }[])
      .filter((n) => n.type === 'invitation.expired')
      .map((n) => n.data.invitationId);
    expect(expiries.sort()).toEqual([...invitations].sort());
  }, 60_000);
});
