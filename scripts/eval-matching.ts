/**
 * npm run eval:matching -- FOLDER
 * Loads a judged set (experts.jsonl, needs.jsonl, qrels.json) into a fresh database and the embedded
 * engine, runs the matcher for every need and scores it (nDCG@10, P@5) against a plain full-text
 * baseline of the same engine with the same filters. The last line is one JSON object.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import { availabilitySchema, poolSchema, type Actor } from '@qs/shared';
import { provisionMongo } from '../server/src/lib/db';
import { createLogger } from '../server/src/lib/logger';
import { EmbeddedSearchEngine } from '../server/src/lib/search';
import { ExpertIndexer, seedExperts } from '../server/src/modules/experts';
import { matchNeed, retrieve } from '../server/src/modules/matching';
import { createNeed, findNeed } from '../server/src/modules/needs';
import { findOrCreateOrganization } from '../server/src/modules/organizations';
import { rebuildVocabulary } from '../server/src/modules/vocabulary';

const expertLine = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  city: z.string(),
  pool: poolSchema,
  skills: z.array(z.string()),
  sectors: z.array(z.string()),
  yearsOfExperience: z.number(),
  bio: z.string(),
  rating: z.number(),
  availability: availabilitySchema,
  verified: z.boolean(),
});
const needLine = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  sector: z.string(),
  organization: z.string(),
  city: z.string(),
  requiredSkills: z.array(z.string()).optional(),
});
const qrelsSchema = z.record(z.string(), z.record(z.string(), z.number()));

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => schema.parse(JSON.parse(line)));
}

function ndcg10(ranked: string[], grades: Record<string, number>): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked
    .slice(0, 10)
    .reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}

function p5(ranked: string[], grades: Record<string, number>): number {
  return ranked.slice(0, 5).filter((id) => (grades[id] ?? 0) >= 2).length / 5;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const round = (value: number) => Math.round(value * 10_000) / 10_000;

async function main(folder: string): Promise<void> {
  const experts = readJsonl(path.join(folder, 'experts.jsonl'), expertLine);
  const needs = readJsonl(path.join(folder, 'needs.jsonl'), needLine);
  const qrels = qrelsSchema.parse(
    JSON.parse(readFileSync(path.join(folder, 'qrels.json'), 'utf8')),
  );

  const dataDir = await mkdtemp(path.join(tmpdir(), 'qs-eval-'));
  const mongo = await provisionMongo({
    uri: process.env.MONGODB_URI || undefined,
    dataDir,
    persistent: false,
    log: (msg) => console.error(msg),
  });
  await mongoose.connect(mongo.uri, { dbName: `qs_eval_${randomUUID().slice(0, 8)}` });
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  try {
    const organizationIds = new Map<string, string>();
    const organizationOf = async (name: string, city: string) => {
      if (!organizationIds.has(name)) {
        organizationIds.set(
          name,
          (await findOrCreateOrganization({ name, type: 'enterprise', city })).id,
        );
      }
      return organizationIds.get(name) as string;
    };

    const externalIds = new Map<string, string>();
    const docs = [];
    for (const e of experts) {
      const _id = new Types.ObjectId();
      externalIds.set(_id.toString(), e.id);
      docs.push({
        _id,
        name: e.name,
        title: e.title,
        organization: e.organization,
        organizationId: new Types.ObjectId(await organizationOf(e.organization, e.city)),
        city: e.city,
        pool: e.pool,
        skills: e.skills,
        sectors: e.sectors,
        bio: e.bio,
        yearsOfExperience: e.yearsOfExperience,
        availability: e.availability,
        verification: { status: e.verified ? 'verified' : 'pending', history: [] },
        rating: { average: e.rating, count: e.rating > 0 ? 5 : 0 },
        source: 'import',
      });
    }
    await seedExperts(docs);
    console.error(`loaded ${experts.length} experts`);

    const engine = new EmbeddedSearchEngine();
    await engine.init();
    await new ExpertIndexer(engine, createLogger('silent')).rebuild();
    const vocabulary = await rebuildVocabulary();
    console.error(
      `learned ${vocabulary.stats.terms} terms from ${vocabulary.stats.documents} records in ${vocabulary.stats.buildMs} ms`,
    );

    const rows: Array<{
      need: string;
      ndcg10: number;
      p5: number;
      baselineNdcg10: number;
      baselineP5: number;
    }> = [];
    for (const need of needs) {
      const organizationId = await organizationOf(need.organization, need.city);
      const actor: Actor = {
        id: new Types.ObjectId().toString(),
        role: 'enterprise',
        organizationId,
      };
      const created = await createNeed(actor, {
        title: need.title,
        description: need.description,
        kind: 'project',
        sector: need.sector,
        city: need.city,
        ...(need.requiredSkills?.length ? { requiredSkills: need.requiredSkills } : {}),
      });
      const matched = await matchNeed(
        actor,
        created._id.toString(),
        { limit: 10 },
        { search: engine, lang: 'zh' },
      );
      const ranked = matched.items.map((item) => externalIds.get(item.expert.id) as string);

      const record = await findNeed(created._id);
      if (!record) throw new Error('need vanished');
      const { filters } = await retrieve(record, engine);
      const baseline = await engine.searchExperts({
        q: `${need.title} ${need.description}`,
        filters,
        limit: 10,
      });
      const baselineRanked = baseline.hits.map((hit) => externalIds.get(hit.id) as string);

      const grades = qrels[need.id] ?? {};
      rows.push({
        need: need.id,
        ndcg10: ndcg10(ranked, grades),
        p5: p5(ranked, grades),
        baselineNdcg10: ndcg10(baselineRanked, grades),
        baselineP5: p5(baselineRanked, grades),
      });
    }

    console.log('need    nDCG@10  P@5   | baseline nDCG@10  P@5');
    for (const row of rows) {
      console.log(
        `${row.need.padEnd(7)} ${row.ndcg10.toFixed(3).padStart(7)}  ${row.p5.toFixed(2)}  | ${row.baselineNdcg10
          .toFixed(3)
          .padStart(16)}  ${row.baselineP5.toFixed(2)}`,
      );
    }
    console.log(
      JSON.stringify({
        ndcg10: round(mean(rows.map((r) => r.ndcg10))),
        p5: round(mean(rows.map((r) => r.p5))),
        needs: rows.length,
        baseline: {
          ndcg10: round(mean(rows.map((r) => r.baselineNdcg10))),
          p5: round(mean(rows.map((r) => r.baselineP5))),
        },
      }),
    );
  } finally {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
    await mongo.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run eval:matching -- FOLDER   (e.g. test/fixtures/matching-dev)');
  process.exitCode = 1;
} else {
  await main(path.resolve(folder));
}
