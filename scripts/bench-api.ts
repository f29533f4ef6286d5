/**
 * `npm run bench:api`: the main read endpoints through HTTP at 100,000 experts (the embedded
 * engine and mongo-java-server), with autocannon: first one user at a time (latency; the goal
 * for the match list is p95 ≤ 50 ms), then 50 users at once (throughput and latency under load).
 * Next to each, the search engine's own time for the queries those requests made, measured in
 * the same run, and `GET /auth/me` as the floor of HTTP, session and JSON. Ends with one JSON line.
 */
import autocannon from 'autocannon';
import { EmbeddedSearchEngine, type SearchEngine } from '../server/src/lib/search';
import { benchPlatform, percentiles, sessionCookie, type Percentiles } from './bench-corpus';

const SIZE = { experts: 100_000, needs: 10_000, invitations: 50_000, collaborations: 20_000 };
const USERS = 50;
const SINGLE_SECONDS = 5;
const LOAD_SECONDS = 10;
const MATCH_GOAL_MS = 50;
const QUERIES = ['边缘计算', '数字孪生', 'MES', '预测性维护', '机器视觉质检', 'edge computing'];

/** The engine the platform runs, with the time of every search it answers. */
function timedEngine(inner: SearchEngine): { engine: SearchEngine; take(): number[] } {
  let samples: number[] = [];
  const timed =
    <Q, R>(run: (query: Q) => Promise<R>) =>
    async (query: Q): Promise<R> => {
      const started = performance.now();
      try {
        return await run(query);
      } finally {
        samples.push(performance.now() - started);
      }
    };
  const engine: SearchEngine = {
    name: inner.name,
    persistent: inner.persistent,
    init: () => inner.init(),
    upsertExperts: (docs) => inner.upsertExperts(docs),
    deleteExperts: (ids) => inner.deleteExperts(ids),
    searchExperts: timed((query) => inner.searchExperts(query)),
    upsertNeeds: (docs) => inner.upsertNeeds(docs),
    deleteNeeds: (ids) => inner.deleteNeeds(ids),
    searchNeeds: timed((query) => inner.searchNeeds(query)),
    clear: (index) => inner.clear(index),
    count: (index) => inner.count(index),
    health: () => inner.health(),
    close: () => inner.close(),
  };
  return {
    engine,
    take: () => {
      const taken = samples;
      samples = [];
      return taken;
    },
  };
}

interface Run {
  requestsPerSecond: number;
  latency: Percentiles;
  non2xx: number;
  errors: number;
}

/** Autocannon over `paths` (each connection cycles through them), one cookie per connection. */
async function load(
  url: string,
  paths: string[],
  cookies: string[],
  connections: number,
  seconds: number,
): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        // Each connection is one user: it signs its requests with its own session.
        requests: paths.map((path) => ({
          method: 'GET' as const,
          path: `/api/v1${path}`,
          setupRequest: (request, context) => {
            const user = context as { cookie?: string };
            user.cookie ??= cookies[next++ % cookies.length] as string;
            return { ...request, headers: { ...request.headers, cookie: user.cookie } };
          },
        })),
      },
      (err, done) => (err ? reject(err) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latency: percentiles(latencies),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const timed = timedEngine(new EmbeddedSearchEngine());
const bench = await benchPlatform(SIZE, { users: USERS, search: timed.engine });
try {
  const { platform, corpus } = bench;
  const enterprise: string[] = [];
  for (const email of corpus.enterpriseEmails)
    enterprise.push(await sessionCookie(platform.url, email));
  const bureau = [await sessionCookie(platform.url, corpus.bureauEmail)];
  const endpoints: Array<{ name: string; paths: string[]; cookies: string[] }> = [
    { name: 'floor: auth/me', paths: ['/auth/me'], cookies: enterprise },
    {
      name: 'needs/:id/matches',
      paths: corpus.needIds.map((id) => `/needs/${id}/matches`),
      cookies: enterprise,
    },
    {
      name: 'experts?q= (search)',
      paths: QUERIES.map((q) => `/experts?q=${encodeURIComponent(q)}`),
      cookies: enterprise,
    },
    {
      name: 'experts/:id',
      paths: corpus.expertIds.map((id) => `/experts/${id}`),
      cookies: enterprise,
    },
    { name: 'needs (list)', paths: ['/needs'], cookies: enterprise },
    { name: 'invitations (list)', paths: ['/invitations'], cookies: enterprise },
    { name: 'stats/overview', paths: ['/stats/overview'], cookies: bureau },
  ];
  const results: Record<string, { single: Run; load: Run; engine: Percentiles | null }> = {};
  const row = (label: string, run: Run) =>
    `  ${label.padEnd(8)} ${String(run.requestsPerSecond).padStart(6)} req/s  ` +
    `p50 ${run.latency.p50} ms  p95 ${run.latency.p95} ms  p99 ${run.latency.p99} ms` +
    (run.non2xx || run.errors ? `  (non-2xx ${run.non2xx}, errors ${run.errors})` : '');
  for (const { name, paths, cookies } of endpoints) {
    timed.take();
    const single = await load(platform.url, paths, cookies, 1, SINGLE_SECONDS);
    const many = await load(platform.url, paths, cookies, USERS, LOAD_SECONDS);
    const engineSamples = timed.take();
    const engine = engineSamples.length ? percentiles(engineSamples) : null;
    results[name] = { single, load: many, engine };
    console.log(name);
    console.log(row('1 user', single));
    console.log(row(`${USERS} users`, many));
    console.log(
      engine
        ? `  engine   p50 ${engine.p50} ms  p95 ${engine.p95} ms  p99 ${engine.p99} ms  (${engine.n} searches)`
        : '  engine   not used',
    );
  }
  console.log(
    JSON.stringify({ bench: 'api', size: SIZE, users: USERS, matchGoalMs: MATCH_GOAL_MS, results }),
  );
} finally {
  await bench.close();
}
