/**
 * `npm run bench:vocabulary`: what learning the skill vocabulary costs at 10,000 and 100,000
 * experts — build time, terms kept and the stored size — next to a baseline measured in the same
 * run: the search analyzer reading the same texts (the work the embedded index does for each
 * profile at start). The goal is under a second per 10,000 experts. Profiles are the symptoms
 * set's 3,000 experts (test/fixtures/matching-symptoms-dev), their sentences shuffled anew for
 * each copy. Ends with one JSON line.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import mongoose from 'mongoose';
import { problemGlossary } from '@qs/shared/glossary';
import { analyze } from '../server/src/lib/search';
import { mulberry32 } from '../server/src/lib/random';
import { learnVocabulary, type LearningDoc } from '../server/src/lib/vocabulary';

const SOURCE = 'test/fixtures/matching-symptoms-dev/experts.jsonl';
const SIZES = [10_000, 100_000];

const experts = readFileSync(SOURCE, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { title: string; bio: string; skills: string[] });

function profiles(count: number): LearningDoc[] {
  const random = mulberry32(count);
  return Array.from({ length: count }, (_, i) => {
    const expert = experts[i % experts.length] as (typeof experts)[number];
    const sentences = expert.bio.split('。').filter(Boolean);
    for (let j = sentences.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [sentences[j], sentences[k]] = [sentences[k] as string, sentences[j] as string];
    }
    return { text: `${expert.title}\n${sentences.join('。')}。`, skills: expert.skills };
  });
}

const rows = [];
for (const size of SIZES) {
  const docs = profiles(size);
  const analyzeStart = performance.now();
  for (const doc of docs) analyze(doc.text);
  const analyzeMs = performance.now() - analyzeStart;
  const cpuBefore = process.cpuUsage();
  const vocabulary = await learnVocabulary(docs, problemGlossary);
  const cpu = process.cpuUsage(cpuBefore);
  const entries = vocabulary.entries();
  const storedBytes = mongoose.mongo.BSON.serialize({
    terms: entries.map(([term]) => term),
    skills: entries.map(([, skill]) => skill),
    weights: entries.map(([, , weight]) => weight),
  }).length;
  const row = {
    experts: size,
    buildMs: vocabulary.stats.buildMs,
    msPer10k: Math.round((vocabulary.stats.buildMs * 10_000) / size),
    cpuMsPer10k: Math.round(((cpu.user + cpu.system) / 1000) * (10_000 / size)),
    terms: vocabulary.stats.terms,
    storedKB: Math.round(storedBytes / 1024),
    baselineAnalyzeMs: Math.round(analyzeMs),
  };
  rows.push(row);
  console.log(
    `${String(size).padStart(7)} experts: learned ${row.terms} terms in ${row.buildMs} ms (${row.msPer10k} ms per 10,000, ${row.cpuMsPer10k} ms of CPU; goal < 1000), stored ${row.storedKB} KB | baseline: analyzer over the same texts ${row.baselineAnalyzeMs} ms`,
  );
}
console.log(
  `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores: above them, the elapsed times include waiting`,
);
console.log(JSON.stringify({ goalMsPer10k: 1000, rows }));
