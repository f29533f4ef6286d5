/**
 * npm run eval:matching -- FOLDER [--verbose] [--holdout=experts|wording]
 * Loads a judged set (experts.jsonl, needs.jsonl, qrels.json) into a fresh database and the embedded
 * engine, learns the skill vocabulary from it as a deployment does, runs the matcher for every need
 * and scores it (nDCG@10, P@5) against a plain full-text baseline of the same engine with the same
 * filters. The last line is one JSON object.
 *
 * Held-out runs check that the vocabulary generalises rather than remembers:
 * - `--holdout=experts`: the vocabulary is learned from the even-numbered experts only and the
 *   needs are matched among the odd-numbered ones (judgments of the others left out);
 * - `--holdout=wording`: five folds by the need's problem (its title); for each fold the
 *   vocabulary is learned with every clause of that fold's needs cut out of the experts' texts,
 *   so those needs must be understood through other words.
 * `--verbose` prints each need that misses (nDCG@10 < 0.9 or P@5 < 1): its text, the skills every
 * grade-3 expert has, the skills the matcher used and the grades of its top five.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import { availabilitySchema, poolSchema, type Actor } from '@qs/shared';
import { problemGlossary } from '@qs/shared/glossary';
import { provisionMongo } from '../server/src/lib/db';
import { createLogger } from '../server/src/lib/logger';
import { EmbeddedSearchEngine } from '../server/src/lib/search';
import { learnVocabulary, useVocabulary, type LearningDoc } from '../server/src/lib/vocabulary';
import { ExpertIndexer, seedExperts } from '../server/src/modules/experts';
import { matchNeed, retrieve, skillsOf } from '../server/src/modules/matching';
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

type Holdout = 'experts' | 'wording' | undefined;
type Expert = z.infer<typeof expertLine>;
type Need = z.infer<typeof needLine>;

const FOLDS = 5;
const clausesOf = (text: string) =>
  text.split(/[，。；：？！,.;:?!\n]/).filter((clause) => clause.trim().length >= 4);

/** What the platform would learn from: verified experts' skills next to their words. */
function learningDocs(experts: Expert[], cut: readonly string[] = []): LearningDoc[] {
  return experts
    .filter((e) => e.verified)
    .map((e) => {
      let text = `${e.title}\n${e.bio}`;
      for (const clause of cut) text = text.split(clause).join('。');
      return { text, skills: e.skills };
    });
}

/** The skills every grade-3 expert of a need has: what its judges took it to ask for. */
function expectedSkills(grades: Record<string, number>, experts: Map<string, Expert>): string[] {
  const top = Object.entries(grades)
    .filter(([, grade]) => grade === 3)
    .map(([id]) => experts.get(id)?.skills ?? []);
  if (top.length === 0) return [];
  return (top[0] as string[]).filter((skill) => top.every((skills) => skills.includes(skill)));
}

async function main(folder: string, verbose: boolean, holdout: Holdout): Promise<void> {
  const allExperts = readJsonl(path.join(folder, 'experts.jsonl'), expertLine);
  const needs = readJsonl(path.join(folder, 'needs.jsonl'), needLine);
  const allQrels = qrelsSchema.parse(
    JSON.parse(readFileSync(path.join(folder, 'qrels.json'), 'utf8')),
  );
  const experts = holdout === 'experts' ? allExperts.filter((_, i) => i % 2 === 1) : allExperts;
  const present = new Set(experts.map((e) => e.id));
  const qrels = Object.fromEntries(
    Object.entries(allQrels).map(([need, grades]) => [
      need,
      Object.fromEntries(Object.entries(grades).filter(([id]) => present.has(id))),
    ]),
  );
  const expertById = new Map(allExperts.map((e) => [e.id, e]));
  const titles = [...new Set(needs.map((n) => n.title))];
  const foldOf = (need: Need) => titles.indexOf(need.title) % FOLDS;

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
    const learned = async (): Promise<string> => {
      if (holdout === 'experts') {
        const vocabulary = await learnVocabulary(
          learningDocs(allExperts.filter((_, i) => i % 2 === 0)),
          problemGlossary,
        );
        useVocabulary(vocabulary);
        return `${vocabulary.stats.terms} terms from the ${vocabulary.stats.documents} held-out experts`;
      }
      const vocabulary = await rebuildVocabulary();
      return `${vocabulary.stats.terms} terms from ${vocabulary.stats.documents} records in ${vocabulary.stats.buildMs} ms`;
    };
    console.error(`learned ${await learned()}`);
    const folds = new Map<number, Awaited<ReturnType<typeof learnVocabulary>>>();
    if (holdout === 'wording') {
      for (let fold = 0; fold < FOLDS; fold++) {
        const cut = needs
          .filter((need) => foldOf(need) === fold)
          .flatMap((need) => clausesOf(`${need.title}。${need.description}`));
        folds.set(fold, await learnVocabulary(learningDocs(allExperts, cut), problemGlossary));
      }
    }

    const rows: Array<{
      need: string;
      ndcg10: number;
      p5: number;
      baselineNdcg10: number;
      baselineP5: number;
    }> = [];
    const misses: string[] = [];
    for (const need of needs) {
      const foldVocabulary = folds.get(foldOf(need));
      if (foldVocabulary) useVocabulary(foldVocabulary);
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
        created,
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
      const row = {
        need: need.id,
        ndcg10: ndcg10(ranked, grades),
        p5: p5(ranked, grades),
        baselineNdcg10: ndcg10(baselineRanked, grades),
        baselineP5: p5(baselineRanked, grades),
      };
      rows.push(row);
      if (verbose && (row.ndcg10 < 0.9 || row.p5 < 1)) {
        const used = await skillsOf(record);
        misses.push(
          [
            `${need.id}  nDCG@10 ${row.ndcg10.toFixed(3)}  P@5 ${row.p5.toFixed(2)}  sector ${need.sector}`,
            `  text:     ${need.title} | ${need.description}`,
            `  expected: ${expectedSkills(allQrels[need.id] ?? {}, expertById).join(', ') || '—'}`,
            `  returned: ${used.skills.join(', ') || '— (plain text)'} (${used.source})`,
            ...used.inferred.map(
              (s) =>
                `    inferred ${s.skill} ${s.confidence.toFixed(2)} from ${s.words.join(', ')}`,
            ),
            `  top 5:    ${ranked
              .slice(0, 5)
              .map((id) => `${id}:${grades[id] ?? 0}[${expertById.get(id)?.skills.join(',')}]`)
              .join(' ')}`,
          ].join('\n'),
        );
      }
    }
    if (misses.length) console.log(`misses (${misses.length}):\n${misses.join('\n')}`);

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
        ...(holdout ? { holdout } : {}),
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

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
const holdout = args.find((arg) => arg.startsWith('--holdout='))?.slice('--holdout='.length);
if (!folder || (holdout !== undefined && holdout !== 'experts' && holdout !== 'wording')) {
  console.error(
    'usage: npm run eval:matching -- FOLDER [--verbose] [--holdout=experts|wording]   (e.g. test/fixtures/matching-dev)',
  );
  process.exitCode = 1;
} else {
  await main(path.resolve(folder), args.includes('--verbose'), holdout);
}
