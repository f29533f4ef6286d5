import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { provisionMongo } from '../../server/src/lib/db';
import { findOnPath } from '../../server/src/lib/db/executables';
import { loadSemantic } from '../../server/src/lib/semantic';
import { ensureEmbeddingModel } from '../../scripts/embedding-model';

const REDIS_START_TIMEOUT_MS = 10_000;

interface Service {
  url: string;
  stop(): Promise<void>;
}

/** One MongoDB and one Redis for the whole run; test files get them through inject(). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // As `npm run build` does: the platform reads needs with it (once per machine), and the
  // glossary's problems are encoded here once rather than by the first workers at the same time.
  await ensureEmbeddingModel((msg) => console.log(`[global-setup] ${msg}`));
  await loadSemantic();
  const mongo = await provisionMongo({
    uri: process.env.MONGODB_URI || undefined,
    dataDir: path.join(tmpdir(), 'qs-test-unused'),
    persistent: false,
    log: (msg) => console.log(`[global-setup] ${msg}`),
  });
  const redis = await startRedis().catch(async (error: unknown) => {
    await mongo.stop();
    throw error;
  });
  const meili = await startMeilisearch().catch(async (error: unknown) => {
    await Promise.all([mongo.stop(), redis.stop()]);
    throw error;
  });
  project.provide('mongoUri', mongo.uri);
  project.provide('redisUrl', redis.url);
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.key);
  return async () => {
    await Promise.all([mongo.stop(), redis.stop(), meili.stop()]);
  };
}

/** The shared tool beside the project: a real Meilisearch for tests (see its README). */
const MEILI_START = fileURLToPath(
  new URL('../../../shared/tools/meilisearch/start', import.meta.url),
);

/**
 * With TEST_SEARCH=meilisearch every test platform searches through a real Meilisearch: the one
 * MEILI_URL names, else one started from the shared tool; otherwise the embedded engine.
 */
async function startMeilisearch(): Promise<Service & { key: string }> {
  const none = { url: '', key: '', stop: async () => undefined };
  if (process.env.TEST_SEARCH !== 'meilisearch') return none;
  if (process.env.MEILI_URL)
    return { ...none, url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY ?? '' };
  if (!existsSync(MEILI_START))
    throw new Error(`TEST_SEARCH=meilisearch needs MEILI_URL or ${MEILI_START}`);
  const { stdout } = await promisify(execFile)(MEILI_START, [String(await freePort())]);
  const vars = Object.fromEntries(
    [...stdout.matchAll(/(MEILI_\w+)=(\S+)/g)].map((m) => [m[1] as string, m[2] as string]),
  );
  const { MEILI_URL: url, MEILI_MASTER_KEY: key, MEILI_PID: pid, MEILI_DB: db } = vars;
  if (!url || !key || !pid || !db)
    throw new Error(`unexpected output of ${MEILI_START}: ${stdout}`);
  console.log(`[global-setup] Meilisearch at ${url}`);
  return {
    url,
    key,
    stop: async () => {
      try {
        process.kill(Number(pid), 'SIGTERM');
      } catch {
        // already gone
      }
      await sleep(200);
      rmSync(db, { recursive: true, force: true });
    },
  };
}

async function startRedis(): Promise<Service> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => undefined };
  const binary = await findOnPath('redis-server');
  if (binary === undefined) return { url: '', stop: async () => undefined };
  // redis-server has no "port 0": take a free port from the kernel first.
  const port = await freePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  try {
    await waitForPing(url, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, stop: () => stopChild(child) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForPing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + REDIS_START_TIMEOUT_MS;
  while (child.exitCode === null && Date.now() < deadline) {
    if (await answersPing(url)) return;
    await sleep(50);
  }
  throw new Error(
    `redis-server on ${url} did not answer PING (exit code ${child.exitCode ?? 'none'})`,
  );
}

async function answersPing(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
