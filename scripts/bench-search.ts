/**
 * `npm run bench:search`: the embedded search engine at 10,000 and 100,000 synthetic experts —
 * build time and event-loop lag while building, memory per profile, free-text and filter
 * latency — against a `$regex` baseline over the same documents (MongoDB when one can be
 * provisioned, else a linear JS RegExp scan, labelled as such). Ends with one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import mongoose from 'mongoose';
import { provisionMongo } from '../server/src/lib/db';
import { EmbeddedSearchEngine } from '../server/src/lib/search/embedded';
import type { ExpertDoc, SearchEngine, SearchFilters } from '../server/src/lib/search/port';
import { findConcept } from '../server/src/lib/search/taxonomy';
import { scoreCandidate, textRelevance } from '../server/src/modules/matching/scoring';
import { syntheticExperts as experts } from './synthetic-experts';

const SIZES = [10_000, 100_000];
const SEARCH_ROUNDS = 5;
const BASELINE_ROUNDS = 1;
const BUILD_BATCH = 1000;
const TEXT_FIELDS = ['name', 'title', 'organization', 'city', 'bio'] as const;

// ---- workload ----

const FIXED_QUERIES: Record<string, string[]> = {
  'chinese term': ['边缘计算', '数字孪生', '工业互联网平台', '机器视觉质检', '预测性维护', '家电'],
  alias: ['确定性网络', 'MES', '双碳', 'K8s', '设备联网', '等保'],
  english: ['edge computing', 'predictive maintenance', 'digital twin', 'industrial robotics'],
  typo: ['edge computng', 'predictive maintenence', 'digtal twin', 'kubernets'],
  sentence: [
    '我们是一家家电企业，想做设备联网和预测性维护，需要有经验的专家',
    '港口集装箱码头自动化改造，需要5G专网和边缘计算方面的支持',
    '希望找到熟悉精益生产和质量追溯的顾问，帮助汽车零部件工厂提升良率',
  ],
};

/** The fixed set plus two names and a surname that occur in the generated pool. */
function textQueries(docs: ExpertDoc[]): Record<string, string[]> {
  const names = [docs[1]?.name, docs[docs.length - 2]?.name].filter((n): n is string => !!n);
  return { ...FIXED_QUERIES, name: [...names, '欧阳'] };
}

interface FilterCase {
  filters: SearchFilters;
  q?: string;
}

function filterCases(): FilterCase[] {
  const base = {
    verified: true,
    availability: ['available', 'limited'] as ExpertDoc['availability'][],
  };
  return [
    {
      filters: {
        ...base,
        skills: ['edge-computing', 'iiot-sensing'],
        sectors: ['home-appliances'],
      },
    },
    {
      filters: {
        ...base,
        skills: ['tsn', '5g-private-network', 'industrial-ethernet'],
        sectors: ['port-shipping'],
      },
    },
    {
      filters: {
        ...base,
        skills: ['predictive-maintenance'],
        sectors: ['automotive'],
        excludeOrganizationIds: ['org-1'],
      },
    },
    { filters: { ...base, skills: ['machine-vision', 'industrial-ai'], pool: ['qingdao'] } },
    {
      filters: {
        ...base,
        skills: ['lean-production', 'quality-management'],
        sectors: ['rubber-tires', 'chemicals'],
      },
    },
    {
      filters: {
        ...base,
        skills: ['digital-twin'],
        city: ['深圳'],
        excludeIds: ['e000001', 'e000002'],
      },
    },
  ];
}

// ---- measurement ----

interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number =>
    round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), n: sorted.length };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function memory(): { heap: number; external: number } {
  globalThis.gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, external: usage.arrayBuffers };
}

/**
 * Feeds the engine in batches as a rebuild from MongoDB would, so that only what the index
 * keeps (id strings included) is left on the heap afterwards.
 */
async function buildIndex(engine: SearchEngine, count: number, seed: number) {
  const before = memory();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let buildMs = 0;
  let batch: ExpertDoc[] = [];
  for (const doc of experts(count, seed)) {
    batch.push(doc);
    if (batch.length < BUILD_BATCH) continue;
    const docs = batch;
    buildMs += await timed(() => engine.upsertExperts(docs));
    batch = [];
    await yieldToEventLoop();
  }
  buildMs += await timed(() => engine.upsertExperts(batch));
  lag.disable();
  await engine.searchExperts({ q: '边缘计算' });
  const after = memory();
  const heap = (after.heap - before.heap) / count;
  const external = (after.external - before.external) / count;
  return {
    buildMs: Math.round(buildMs),
    lagP99Ms: round(lag.percentile(99) / 1e6),
    lagMaxMs: round(lag.max / 1e6),
    bytesPerProfile: globalThis.gc
      ? {
          heap: Math.round(heap),
          arrayBuffers: Math.round(external),
          total: Math.round(heap + external),
        }
      : null,
  };
}

async function textLatency(engine: SearchEngine, queriesByKind: Record<string, string[]>) {
  const all: number[] = [];
  const byKind: Record<string, Percentiles> = {};
  const misses: string[] = [];
  for (const [kind, queries] of Object.entries(queriesByKind)) {
    const samples: number[] = [];
    for (const q of queries) {
      const result = await engine.searchExperts({ q, limit: 20, facets: ['skills', 'city'] });
      if (result.total === 0) misses.push(q);
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        samples.push(
          await timed(() => engine.searchExperts({ q, limit: 20, facets: ['skills', 'city'] })),
        );
      }
    }
    byKind[kind] = percentiles(samples);
    all.push(...samples);
  }
  return { all: percentiles(all), byKind, misses };
}

async function filterLatency(engine: SearchEngine, withText: boolean) {
  const samples: number[] = [];
  const sentence = FIXED_QUERIES.sentence?.[0] ?? '';
  for (const { filters } of filterCases()) {
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      const q = withText ? sentence : undefined;
      samples.push(
        await timed(() => engine.searchExperts({ q, filters, limit: 200, facets: ['skills'] })),
      );
    }
  }
  return percentiles(samples);
}

/**
 * The matcher's own work per need: the retrieval query it sends (skill and sector terms with the
 * qualification filters, 300 candidates), then the explainable score over those candidates only.
 * Loading the candidates' records from MongoDB is left out: it is the database's time, not the engine's.
 */
async function matchLatency(engine: SearchEngine, byId: ReadonlyMap<string, ExpertDoc>) {
  const samples: number[] = [];
  for (const { filters } of filterCases()) {
    const skills = filters.skills ?? [];
    const sector = filters.sectors?.[0] ?? '';
    const q = [
      ...skills.map((id) => findConcept('skill', id)?.zh ?? id),
      findConcept('sector', sector)?.zh ?? '',
    ].join(' ');
    const relevance = textRelevance(`${q} 需要有实施经验的专家支持`);
    const match = async () => {
      const { hits } = await engine.searchExperts({ q, filters, limit: 300 });
      return hits
        .map((hit) => byId.get(hit.id))
        .filter((doc): doc is ExpertDoc => doc !== undefined)
        .map(
          (doc) =>
            scoreCandidate(
              {
                ...doc,
                rating: { average: doc.rating, count: 5 },
                stats: { invitations: 4, responseRate: doc.responseRate },
              },
              {
                needSkills: skills,
                needSector: sector,
                text: relevance(`${doc.title} ${doc.bio}`),
              },
            ).score,
        )
        .sort((a, b) => b - a)
        .slice(0, 20);
    };
    for (let round = 0; round < SEARCH_ROUNDS; round++) samples.push(await timed(match));
  }
  return percentiles(samples);
}

// ---- $regex baseline ----

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchesFilters(doc: ExpertDoc, filters: SearchFilters): boolean {
  const anyOf = (values: string[] | undefined, have: string[]): boolean =>
    !values || values.some((v) => have.includes(v));
  return (
    anyOf(filters.skills, doc.skills) &&
    anyOf(filters.sectors, doc.sectors) &&
    anyOf(filters.pool, [doc.pool]) &&
    anyOf(filters.city, [doc.city]) &&
    anyOf(filters.availability, [doc.availability]) &&
    (filters.verified === undefined || doc.verified === filters.verified) &&
    !(filters.excludeIds ?? []).includes(doc.id) &&
    !(doc.organizationId && (filters.excludeOrganizationIds ?? []).includes(doc.organizationId))
  );
}

interface Baseline {
  kind: 'mongodb-regex' | 'js-regexp-scan';
  text(q: string): Promise<number>;
  filter(filters: SearchFilters): Promise<number>;
  stop(): Promise<void>;
}

/** What `find({$or: [{field: {$regex}}…]})` does without a text index: look at every document. */
function jsScanBaseline(docs: ExpertDoc[]): Baseline {
  return {
    kind: 'js-regexp-scan',
    text: async (q) => {
      const pattern = new RegExp(escapeRegExp(q), 'i');
      return docs.filter((doc) => TEXT_FIELDS.some((field) => pattern.test(doc[field]))).length;
    },
    filter: async (filters) => docs.filter((doc) => matchesFilters(doc, filters)).length,
    stop: async () => undefined,
  };
}

function mongoFilter(filters: SearchFilters): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const field of ['skills', 'sectors', 'pool', 'city', 'availability'] as const) {
    const values = filters[field];
    if (values) query[field] = { $in: values };
  }
  if (filters.verified !== undefined) query.verified = filters.verified;
  if (filters.excludeIds) query.id = { $nin: filters.excludeIds };
  if (filters.excludeOrganizationIds)
    query.organizationId = { $nin: filters.excludeOrganizationIds };
  return query;
}

async function mongoBaseline(docs: ExpertDoc[]): Promise<Baseline> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-search-'));
  const mongo = await provisionMongo({ dataDir, persistent: false });
  const connection = await mongoose
    .createConnection(mongo.uri, { dbName: 'bench_search' })
    .asPromise();
  const experts = connection.collection<ExpertDoc>('experts');
  for (let i = 0; i < docs.length; i += 5000) {
    await experts.insertMany(docs.slice(i, i + 5000).map((doc) => ({ ...doc })));
  }
  return {
    kind: 'mongodb-regex',
    text: async (q) => {
      const pattern = { $regex: escapeRegExp(q), $options: 'i' };
      const query = { $or: TEXT_FIELDS.map((field) => ({ [field]: pattern })) };
      await experts.find(query).limit(20).toArray();
      return experts.countDocuments(query);
    },
    filter: async (filters) =>
      (await experts.find(mongoFilter(filters)).sort({ rating: -1 }).limit(200).toArray()).length,
    stop: async () => {
      await connection.close();
      await mongo.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function openBaseline(docs: ExpertDoc[]): Promise<Baseline> {
  try {
    return await mongoBaseline(docs);
  } catch (error) {
    console.log(
      `  MongoDB not reachable (${(error as Error).message.split('\n')[0]}); baseline is a JS RegExp scan`,
    );
    return jsScanBaseline(docs);
  }
}

async function baselineLatency(baseline: Baseline, queriesByKind: Record<string, string[]>) {
  const text: number[] = [];
  for (const queries of Object.values(queriesByKind)) {
    for (const q of queries) {
      for (let round = 0; round < BASELINE_ROUNDS; round++)
        text.push(await timed(() => baseline.text(q)));
    }
  }
  const filter: number[] = [];
  for (const { filters } of filterCases()) filter.push(await timed(() => baseline.filter(filters)));
  return { kind: baseline.kind, search: percentiles(text), filter: percentiles(filter) };
}

// ---- report ----

function line(label: string, p: Percentiles): string {
  return `  ${label.padEnd(28)} p50 ${p.p50} ms  p95 ${p.p95} ms  p99 ${p.p99} ms  (n=${p.n})`;
}

async function benchSize(count: number) {
  console.log(`\n${count.toLocaleString('en')} experts`);
  const seed = 20_240_601 + count;
  const engine = new EmbeddedSearchEngine();
  await engine.init();
  await yieldToEventLoop();
  const build = await buildIndex(engine, count, seed);
  console.log(
    `  build ${build.buildMs} ms, event-loop lag p99 ${build.lagP99Ms} ms (max ${build.lagMaxMs} ms)`,
  );
  console.log(`  memory per profile: ${JSON.stringify(build.bytesPerProfile)} bytes`);
  const docs = [...experts(count, seed)];
  const queries = textQueries(docs);
  const text = await textLatency(engine, queries);
  console.log(line('free text (all)', text.all));
  for (const [kind, p] of Object.entries(text.byKind)) console.log(line(`  ${kind}`, p));
  if (text.misses.length > 0) console.log(`  queries with no hit: ${text.misses.join(', ')}`);
  const filter = await filterLatency(engine, false);
  console.log(line('skill/sector retrieval', filter));
  const retrievalWithText = await filterLatency(engine, true);
  console.log(line('retrieval + need text', retrievalWithText));
  const matching = await matchLatency(engine, new Map(docs.map((doc) => [doc.id, doc])));
  console.log(line('matching (retrieve + score)', matching));
  await engine.close();
  const baseline = await openBaseline(docs);
  const baselineFigures = await baselineLatency(baseline, queries).finally(() => baseline.stop());
  console.log(line(`baseline ${baselineFigures.kind} text`, baselineFigures.search));
  console.log(line(`baseline ${baselineFigures.kind} filter`, baselineFigures.filter));
  return {
    experts: count,
    ...build,
    search: text.all,
    searchByKind: text.byKind,
    misses: text.misses,
    filter,
    retrievalWithText,
    matching,
    baseline: baselineFigures,
  };
}

async function main(): Promise<void> {
  if (!globalThis.gc) console.log('(run with node --expose-gc for memory figures)');
  const runs = [];
  for (const size of SIZES) runs.push(await benchSize(size));
  console.log(JSON.stringify({ bench: 'search', engine: 'embedded', node: process.version, runs }));
}

await main();
