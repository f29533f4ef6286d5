/**
 * `npm run bench:chat`: real-time chat under load, in one process on this machine. 1,000 users
 * (500 enterprise–expert pairs, as design.md's scale) hold a Socket.io connection each; every
 * enterprise sends a message every few seconds. Measured: acknowledgement latency (stored before
 * the ack) and delivery latency to the other side, throughput and event-loop lag, against a
 * baseline in the same run — a bare Socket.io relay between the same sockets, without sessions,
 * validation or storage. Ends with one JSON line.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { SingleBar, Presets } from 'cli-progress';
import { Types } from 'mongoose';
import { Server } from 'socket.io';
import { io as connect, type Socket } from 'socket.io-client';
import { provisionMongo } from '../server/src/lib/db';
import { hashPassword } from '../server/src/modules/auth';
// The bench writes its people straight to MongoDB, around the services; eslint.config.js lists it.
import { UserModel } from '../server/src/modules/auth/user.model';
import { ExpertModel } from '../server/src/modules/experts/expert.model';
import { ConversationModel } from '../server/src/modules/messaging/conversation.model';
import { OrganizationModel } from '../server/src/modules/organizations/organization.model';
import { startPlatform } from '../server/src/server';

const PAIRS = 500;
const SECONDS = 20;
/** Each enterprise sends one message every this many ms (±50 %), so ~100 messages/s in all. */
const EVERY_MS = 5_000;
const PASSWORD = 'bench-password-1';
const CONNECT_BATCH = 50;

interface Pair {
  conversationId: string;
  enterprise: Socket;
  expert: Socket;
}

interface Samples {
  ack: number[];
  delivery: number[];
  failed: number;
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length
      ? Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2))
      : 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

function progress(label: string, total: number) {
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total}`, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

/** The people of the bench, written straight to MongoDB: one password hash serves them all. */
async function seedPairs(): Promise<{ conversations: string[]; emails: [string, string][] }> {
  const passwordHash = await hashPassword(PASSWORD);
  const organizations = Array.from({ length: PAIRS }, (_, i) => ({
    _id: new Types.ObjectId(),
    name: `压测企业${i}`,
    nameKey: `压测企业${i}`,
    type: 'enterprise',
    city: '青岛',
  }));
  await OrganizationModel.insertMany(organizations);
  const experts = Array.from({ length: PAIRS }, (_, i) => ({
    _id: new Types.ObjectId(),
    userId: new Types.ObjectId(),
    name: `压测专家${i}`,
    pool: 'shenzhen',
    verification: { status: 'verified', history: [] },
    source: 'import',
  }));
  await ExpertModel.insertMany(experts);
  const emails: [string, string][] = [];
  const users = experts.flatMap((expert, i) => {
    const pair: [string, string] = [
      `bench-enterprise-${i}@example.com`,
      `bench-expert-${i}@example.com`,
    ];
    emails.push(pair);
    return [
      {
        email: pair[0],
        passwordHash,
        name: `企业用户${i}`,
        role: 'enterprise',
        organizationId: organizations[i]!._id,
        membership: 'active',
        orgRole: 'owner',
      },
      {
        _id: expert.userId,
        email: pair[1],
        passwordHash,
        name: expert.name,
        role: 'expert',
        expertId: expert._id,
      },
    ];
  });
  await UserModel.insertMany(users);
  const conversations = await ConversationModel.insertMany(
    experts.map((expert, i) => ({
      invitationId: new Types.ObjectId(),
      needId: new Types.ObjectId(),
      organizationId: organizations[i]!._id,
      expertId: expert._id,
    })),
  );
  return { conversations: conversations.map((c) => c._id.toString()), emails };
}

/** Signs in as a client behind the proxy would: each user from an address of its own. */
async function sessionCookie(url: string, email: string, address: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      'x-forwarded-proto': 'https',
    },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login of ${email}: ${res.status}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie.split(';')[0] as string;
}

function open(url: string, cookie?: string): Promise<Socket> {
  const socket = connect(url, {
    transports: ['websocket'],
    reconnection: false,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function inBatches<T>(count: number, label: string, make: (i: number) => Promise<T>) {
  const bar = progress(label, count);
  const out: T[] = [];
  for (let i = 0; i < count; i += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - i) }, (_, j) => make(i + j));
    out.push(...(await Promise.all(batch)));
    bar.update(out.length);
  }
  bar.stop();
  return out;
}

/**
 * Every enterprise sends on its own jittered rhythm; a message counts as delivered when the
 * expert's socket receives it, matched by clientId.
 */
async function drive(pairs: Pair[], send: (pair: Pair, clientId: string) => Promise<boolean>) {
  const samples: Samples = { ack: [], delivery: [], failed: 0 };
  const sentAt = new Map<string, number>();
  for (const pair of pairs) {
    pair.expert.on('message:new', (payload: { message: { clientId: string } }) => {
      const started = sentAt.get(payload.message.clientId);
      if (started === undefined) return;
      sentAt.delete(payload.message.clientId);
      samples.delivery.push(performance.now() - started);
    });
  }
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    pairs.map(async (pair) => {
      await sleep(Math.random() * EVERY_MS);
      while (Date.now() < deadline) {
        const clientId = randomUUID();
        const started = performance.now();
        sentAt.set(clientId, started);
        if (await send(pair, clientId)) samples.ack.push(performance.now() - started);
        else samples.failed += 1;
        await sleep(EVERY_MS * (0.5 + Math.random()));
      }
    }),
  );
  await sleep(2_000);
  lag.disable();
  for (const pair of pairs) pair.expert.removeAllListeners('message:new');
  return {
    ack: percentiles(samples.ack),
    delivery: percentiles(samples.delivery),
    lost: sentAt.size,
    failed: samples.failed,
    perSecond: Math.round(samples.ack.length / SECONDS),
    lagP99Ms: Number((lag.percentile(99) / 1e6).toFixed(2)),
  };
}

/** The same sockets' traffic through a bare relay: no session, no validation, no storage. */
async function baseline(pairs: number) {
  const http = createServer();
  const io = new Server(http);
  io.on('connection', (socket) => {
    socket.on('join', (room: string) => void socket.join(room));
    socket.on(
      'message:send',
      (payload: { conversationId: string; clientId: string }, ack: (a: object) => void) => {
        io.to(payload.conversationId).emit('message:new', { message: payload });
        ack({ ok: true });
      },
    );
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets = await inBatches(pairs * 2, 'relay sockets', () => open(url));
  const relayPairs = Array.from({ length: pairs }, (_, i) => ({
    conversationId: `c${i}`,
    enterprise: sockets[2 * i]!,
    expert: sockets[2 * i + 1]!,
  }));
  for (const pair of relayPairs) pair.expert.emit('join', pair.conversationId);
  await sleep(500);
  const result = await drive(relayPairs, async (pair, clientId) => {
    const ack = (await pair.enterprise.timeout(10_000).emitWithAck('message:send', {
      conversationId: pair.conversationId,
      body: '压测消息',
      clientId,
    })) as { ok: boolean };
    return ack.ok;
  });
  sockets.forEach((socket) => socket.close());
  await io.close();
  return result;
}

const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-bench-chat-'));
const mongo = await provisionMongo({
  dataDir,
  persistent: false,
  log: (msg) => console.error(msg),
});
const platform = await startPlatform({
  port: 0,
  mongodbUri: mongo.uri,
  dataDir,
  env: {
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    SESSION_SECRET: 'bench-secret',
    // Behind a proxy: each simulated user signs in from an address of its own.
    PUBLIC_ORIGIN: 'https://bench.invalid',
    REDIS_URL: '',
    MEILI_URL: '',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  },
});
try {
  const { conversations, emails } = await seedPairs();
  const cookies = await inBatches(PAIRS * 2, 'sign-ins', (i) =>
    sessionCookie(
      platform.url,
      emails[Math.floor(i / 2)]![i % 2]!,
      `10.${Math.floor(i / 250)}.${i % 250}.1`,
    ),
  );
  const sockets = await inBatches(PAIRS * 2, 'sockets', (i) => open(platform.url, cookies[i]));
  const pairs: Pair[] = conversations.map((conversationId, i) => ({
    conversationId,
    enterprise: sockets[2 * i]!,
    expert: sockets[2 * i + 1]!,
  }));
  await Promise.all(
    pairs.map((pair) =>
      pair.expert
        .timeout(10_000)
        .emitWithAck('conversation:join', { conversationId: pair.conversationId }),
    ),
  );
  console.error(`${PAIRS * 2} users connected; sending for ${SECONDS} s`);
  const platformRun = await drive(pairs, async (pair, clientId) => {
    const ack = (await pair.enterprise
      .timeout(10_000)
      .emitWithAck('message:send', {
        conversationId: pair.conversationId,
        body: '压测消息：请确认现场时间。',
        clientId,
      })
      .catch(() => ({ ok: false }))) as { ok: boolean };
    return ack.ok;
  });
  sockets.forEach((socket) => socket.close());
  console.error('baseline: a bare Socket.io relay over the same number of sockets');
  const relay = await baseline(PAIRS);
  const line = (label: string, run: typeof platformRun) =>
    `${label.padEnd(10)} ack p50/p95/p99 ${run.ack.p50}/${run.ack.p95}/${run.ack.p99} ms  delivery ${run.delivery.p50}/${run.delivery.p95}/${run.delivery.p99} ms  ${run.perSecond} msg/s  lost ${run.lost}  failed ${run.failed}  lag p99 ${run.lagP99Ms} ms`;
  console.log(line('platform', platformRun));
  console.log(line('relay', relay));
  console.log(
    JSON.stringify({
      bench: 'chat',
      users: PAIRS * 2,
      seconds: SECONDS,
      platform: platformRun,
      baseline: { kind: 'bare-socket.io-relay', ...relay },
    }),
  );
} finally {
  await platform.close();
  await mongo.stop();
  await rm(dataDir, { recursive: true, force: true });
}
