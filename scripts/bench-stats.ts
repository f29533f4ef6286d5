/**
 * `npm run bench:stats`: the bureau's statistics at 100,000 experts, 50,000 invitations and
 * 20,000 collaborations, through HTTP. Each figure is read cold — right after a change, which
 * clears what the platform had computed — and, as the baseline of the same run, warm (the
 * computation kept from the request before). The goal is cold p95 ≤ 200 ms. Ends with one JSON line.
 */
import { domainEvents } from '../server/src/lib/events';
import { benchPlatform, percentiles, sessionCookie, type Percentiles } from './bench-corpus';

const SIZE = { experts: 100_000, needs: 10_000, invitations: 50_000, collaborations: 20_000 };
const ROUNDS = 20;
const GOAL_MS = 200;
const FIGURES = {
  overview: '/stats/overview',
  funnel: '/stats/funnel',
  trend: '/stats/trend',
  'trend by week': '/stats/trend?granularity=week',
} as const;

async function timedGet(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

const bench = await benchPlatform(SIZE, { users: 1 });
try {
  const { platform, corpus } = bench;
  const cookie = await sessionCookie(platform.url, corpus.bureauEmail);
  const results: Record<string, { cold: Percentiles; warm: Percentiles }> = {};
  for (const [name, path] of Object.entries(FIGURES)) {
    const url = `${platform.url}/api/v1${path}`;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A change the statistics count (an import of nothing): its subscriber drops what the
      // platform had computed, as every counted write does.
      domainEvents.emit('experts.imported', { created: 0, updated: 0 });
      cold.push(await timedGet(url, cookie));
      warm.push(await timedGet(url, cookie));
    }
    results[name] = { cold: percentiles(cold), warm: percentiles(warm) };
    const r = results[name];
    console.log(
      `${name.padEnd(14)} cold p50 ${r.cold.p50} ms  p95 ${r.cold.p95} ms  p99 ${r.cold.p99} ms   ` +
        `warm (baseline) p50 ${r.warm.p50} ms  p95 ${r.warm.p95} ms  (n ${r.cold.n})`,
    );
  }
  console.log(JSON.stringify({ bench: 'stats', goalMs: GOAL_MS, size: SIZE, results }));
} finally {
  await bench.close();
}
