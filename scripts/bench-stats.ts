/**
 * `npm run bench:stats`: the bureau's statistics at 100,000 experts, 50,000 invitations and
 * 20,000 collaborations, through HTTP, without and with filters. Each figure is read cold — right
 * after a change, which clears what the platform had computed — and, as baselines of the same
 * run, warm (the computation kept from the request before) and counted from the records as before
 * the read model (a range that starts one second into a day, which the days cannot answer). The
 * goal is cold p95 ≤ 200 ms. Then what every start and every computed figure pay for the model:
 * the start's check that the model holds every record, next to a full rebuild as its baseline,
 * and the lookup of the model's state that each computation makes. Ends with one JSON line.
 */
import { taxonomy } from '@qs/shared';
import { domainEvents } from '../server/src/lib/events';
import { ensureStatsDays, rebuildStatsDays } from '../server/src/modules/stats';
import {
  benchPlatform,
  percentiles,
  sessionCookie,
  timedGet,
  type Percentiles,
} from './bench-corpus';

const SIZE = { experts: 100_000, needs: 10_000, invitations: 50_000, collaborations: 20_000 };
const ROUNDS = 20;
const RECORD_ROUNDS = 5;
const CHECK_ROUNDS = 10;
const REBUILD_ROUNDS = 3;
const LOOKUP_ROUNDS = 200;
const GOAL_MS = 200;
const SECTOR = taxonomy.sectors[0]?.id ?? '';
const FILTERS = `city=${encodeURIComponent('深圳')}&sector=${SECTOR}&from=2025-01-01&to=2026-06-30`;
const FIGURES = {
  overview: '/stats/overview',
  funnel: '/stats/funnel',
  trend: '/stats/trend',
  'trend by week': '/stats/trend?granularity=week',
  'overview filtered': `/stats/overview?${FILTERS}`,
  'funnel filtered': `/stats/funnel?${FILTERS}`,
  'trend filtered': `/stats/trend?${FILTERS}`,
  'week filtered': `/stats/trend?granularity=week&${FILTERS}`,
} as const;
/** From the first second of 2000 in Beijing: everything, but not from a day's start. */
const FROM_RECORDS = `from=${encodeURIComponent('2000-01-01T00:00:01+08:00')}`;

const withQuery = (path: string, query: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${query}`;

async function timed(rounds: number, work: () => Promise<unknown>): Promise<Percentiles> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

const bench = await benchPlatform(SIZE, { users: 1 });
try {
  const { platform, corpus } = bench;
  const cookie = await sessionCookie(platform.url, corpus.bureauEmail);
  const results: Record<
    string,
    { cold: Percentiles; warm: Percentiles; fromRecords?: Percentiles }
  > = {};
  // A change the statistics count (an import of nothing): its subscriber drops what the
  // platform had computed, as every counted write does.
  const coldRead = (url: string) => {
    domainEvents.emit('experts.imported', { created: 0, updated: 0 });
    return timedGet(url, cookie);
  };
  for (const [name, path] of Object.entries(FIGURES)) {
    const url = `${platform.url}/api/v1${path}`;
    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      cold.push(await coldRead(url));
      warm.push(await timedGet(url, cookie));
    }
    const fromRecords: number[] = [];
    // The filtered ranges have their own `from`: the records' baseline is the unfiltered one.
    if (!path.includes('from='))
      for (let round = 0; round < RECORD_ROUNDS; round++)
        fromRecords.push(await coldRead(withQuery(url, FROM_RECORDS)));
    results[name] = {
      cold: percentiles(cold),
      warm: percentiles(warm),
      ...(fromRecords.length ? { fromRecords: percentiles(fromRecords) } : {}),
    };
    const r = results[name];
    console.log(
      `${name.padEnd(17)} cold p50 ${r.cold.p50} ms  p95 ${r.cold.p95} ms  p99 ${r.cold.p99} ms   ` +
        `warm (baseline) p50 ${r.warm.p50} ms  p95 ${r.warm.p95} ms` +
        (r.fromRecords
          ? `   from the records (baseline) p50 ${r.fromRecords.p50} ms  p95 ${r.fromRecords.p95} ms`
          : '') +
        `  (n ${r.cold.n})`,
    );
  }
  // The model is current (the platform checked it at its start): the check finds nothing to do.
  const startCheck = await timed(CHECK_ROUNDS, () => ensureStatsDays({ counts: true }));
  const rebuild = await timed(REBUILD_ROUNDS, () => rebuildStatsDays());
  console.log(
    `start check       p50 ${startCheck.p50} ms  p95 ${startCheck.p95} ms  (n ${startCheck.n})   ` +
      `full rebuild (baseline) p50 ${rebuild.p50} ms  max ${rebuild.p99} ms  (n ${rebuild.n})`,
  );
  const stateLookup = await timed(LOOKUP_ROUNDS, () => ensureStatsDays({ counts: false }));
  console.log(
    `state lookup      p50 ${stateLookup.p50} ms  p95 ${stateLookup.p95} ms  (n ${stateLookup.n}, ` +
      `made by each computed figure)`,
  );
  console.log(
    JSON.stringify({
      bench: 'stats',
      goalMs: GOAL_MS,
      size: SIZE,
      results,
      model: { startCheck, rebuild, stateLookup },
    }),
  );
} finally {
  await bench.close();
}
