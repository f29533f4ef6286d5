/**
 * `npm run bench:freshness`: how soon a write that people search for right away (the bureau
 * verifying a profile) is found by search, through HTTP, on the embedded engine and — with
 * MEILI_URL (and MEILI_MASTER_KEY) set — on Meilisearch, in one run. The goal is one second.
 * Ends with one JSON line.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { Meilisearch } from 'meilisearch';
import { loadConfig } from '../server/src/config/env';
import { provisionMongo, withDatabase } from '../server/src/lib/db';
import { createUser } from '../server/src/modules/auth';
import { startPlatform } from '../server/src/server';

const EXPERTS = 30;
const POLL_MS = 10;
const GIVE_UP_MS = 10_000;
const PASSWORD = 'bench-password-1';

type Agent = ReturnType<typeof request.agent>;

async function signedIn(url: string, email: string): Promise<{ agent: Agent; csrf: string }> {
  const agent = request.agent(url);
  await agent.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200);
  const csrf = (await agent.get('/api/v1/auth/csrf').expect(200)).body.csrfToken as string;
  return { agent, csrf };
}

/** An expert who registered and saved a profile that waits for verification; answers its id. */
async function submittedExpert(url: string, name: string, email: string): Promise<string> {
  const agent = request.agent(url);
  await agent
    .post('/api/v1/auth/register')
    .send({ role: 'expert', email, password: PASSWORD, name })
    .expect(201);
  const csrf = (await agent.get('/api/v1/auth/csrf').expect(200)).body.csrfToken as string;
  const saved = await agent
    .put('/api/v1/experts/me')
    .set('x-csrf-token', csrf)
    .send({
      name,
      organization: '鲜度测试研究院',
      city: '青岛',
      pool: 'qingdao',
      skills: ['edge-computing'],
      sectors: ['home-appliances'],
    })
    .expect(200);
  return saved.body.expert.id as string;
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, n: sorted.length };
}

/** Verifies each expert, then searches by its name until it is found; milliseconds each. */
async function measure(engine: 'embedded' | 'meilisearch', mongodbUri: string) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-bench-freshness-'));
  const prefix = `bench_${randomBytes(4).toString('hex')}_`;
  const platform = await startPlatform({
    port: 0,
    mongodbUri,
    dataDir,
    env: {
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'never',
      SESSION_SECRET: 'bench-secret',
      REDIS_URL: '',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      ...(engine === 'embedded' ? { MEILI_URL: '' } : { MEILI_INDEX_PREFIX: prefix }),
    },
  });
  try {
    const run = randomBytes(3).toString('hex');
    const bureauEmail = `bureau-${run}@bench.invalid`;
    await createUser({ email: bureauEmail, password: PASSWORD, name: '人社局', role: 'bureau' });
    const bureau = await signedIn(platform.url, bureauEmail);
    const latencies: number[] = [];
    for (let i = 0; i < EXPERTS; i += 1) {
      const name = `鲜度专家${run}x${i}`;
      const id = await submittedExpert(platform.url, name, `expert-${run}-${i}@bench.invalid`);
      const started = performance.now();
      await bureau.agent
        .post(`/api/v1/experts/${id}/verification`)
        .set('x-csrf-token', bureau.csrf)
        .send({ decision: 'verified', note: '' })
        .expect(200);
      for (;;) {
        const found = await bureau.agent
          .get(`/api/v1/experts?q=${encodeURIComponent(name)}&verified=true&limit=5`)
          .expect(200);
        if ((found.body.items as { id: string }[]).some((item) => item.id === id)) break;
        if (performance.now() - started > GIVE_UP_MS) throw new Error(`${name} never found`);
        await sleep(POLL_MS);
      }
      latencies.push(Math.round(performance.now() - started));
    }
    return percentiles(latencies);
  } finally {
    await platform.close();
    await rm(dataDir, { recursive: true, force: true });
    if (engine === 'meilisearch') {
      const config = loadConfig();
      const client = new Meilisearch({
        host: config.meiliUrl ?? '',
        apiKey: config.meiliMasterKey,
      });
      await Promise.all(['experts', 'needs'].map((n) => client.deleteIndex(`${prefix}${n}`)));
    }
  }
}

const mongoDir = await mkdtemp(path.join(tmpdir(), 'qs-bench-freshness-db-'));
const mongo = await provisionMongo({
  dataDir: mongoDir,
  persistent: false,
  log: (msg) => console.error(msg),
});
try {
  const engines = loadConfig().meiliUrl
    ? (['embedded', 'meilisearch'] as const)
    : (['embedded'] as const);
  const results: Record<string, ReturnType<typeof percentiles>> = {};
  for (const engine of engines) {
    results[engine] = await measure(engine, withDatabase(mongo.uri, `fresh_${engine}`));
    const r = results[engine];
    console.log(
      `${engine.padEnd(12)} verified → found: p50 ${r.p50} ms  p95 ${r.p95} ms  max ${r.max} ms  (n ${r.n})`,
    );
  }
  if (!loadConfig().meiliUrl)
    console.log('set MEILI_URL (and MEILI_MASTER_KEY) to measure Meilisearch too');
  console.log(JSON.stringify({ bench: 'freshness', goalMs: 1000, ...results }));
} finally {
  await mongo.stop();
  await rm(mongoDir, { recursive: true, force: true });
}
