/**
 * `npm run bench:semantic`: what reading needs by their meaning costs — loading the embedding
 * model, encoding the glossary's problems (done once per glossary, then read from beside the
 * model), and inferring the skills of each need of the three symptom sets, next to a baseline
 * measured in the same run: the learned vocabulary alone on the same needs. The vocabulary is
 * learned from the glossary only, so the figures do not depend on a database. Ends with one JSON
 * line.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { problemGlossary } from '@qs/shared/glossary';
import { EMBEDDING_MODEL_DIR, EMBEDDING_MODEL_FILES } from '../server/src/paths';
import { loadSemantic } from '../server/src/lib/semantic';
import { SentenceEncoder } from '../server/src/lib/semantic/encoder';
import {
  currentVocabulary,
  inferSkills,
  learnVocabulary,
  useVocabulary,
} from '../server/src/lib/vocabulary';
import { ensureEmbeddingModel } from './embedding-model';

const SETS = ['matching-symptoms-dev', 'matching-symptoms-reworded', 'matching-symptoms-reworded2'];

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

await ensureEmbeddingModel();
const texts = SETS.flatMap((set) =>
  readFileSync(path.join('test/fixtures', set, 'needs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { title: string; description: string })
    .map((need) => `${need.title}\n${need.description}`),
);
useVocabulary(await learnVocabulary([], problemGlossary));

const loadStart = performance.now();
const encoder = await SentenceEncoder.load(EMBEDDING_MODEL_DIR);
const loadMs = performance.now() - loadStart;

const problems = Object.values(problemGlossary).flat();
const cpuBefore = process.cpuUsage();
const encodeStart = performance.now();
await encoder.encode(problems);
const encodeMs = performance.now() - encodeStart;
const cpu = process.cpuUsage(cpuBefore);

await loadSemantic();
const lexicalMs: number[] = [];
const fusedMs: number[] = [];
for (const text of texts) {
  const lexicalStart = performance.now();
  currentVocabulary().infer(text);
  lexicalMs.push(performance.now() - lexicalStart);
  const fusedStart = performance.now();
  await inferSkills(text);
  fusedMs.push(performance.now() - fusedStart);
}

const result = {
  modelMB:
    Math.round(statSync(path.join(EMBEDDING_MODEL_DIR, EMBEDDING_MODEL_FILES.model)).size / 1e5) /
    10,
  loadMs: Math.round(loadMs),
  problems: problems.length,
  problemVectorsKB: Math.round((problems.length * encoder.dimensions * 4) / 1024),
  encodeProblemsMs: Math.round(encodeMs),
  encodeProblemsCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  needs: texts.length,
  inferP50Ms: round(quantile(fusedMs, 0.5)),
  inferP95Ms: round(quantile(fusedMs, 0.95)),
  baselineLexicalP50Ms: round(quantile(lexicalMs, 0.5)),
  baselineLexicalP95Ms: round(quantile(lexicalMs, 0.95)),
};
console.log(
  `model ${result.modelMB} MB, loaded in ${result.loadMs} ms; ${result.problems} problems encoded in ${result.encodeProblemsMs} ms (${result.encodeProblemsCpuMs} ms CPU), ${result.problemVectorsKB} KB of vectors`,
);
console.log(
  `${result.needs} needs: words and meaning p50 ${result.inferP50Ms} ms, p95 ${result.inferP95Ms} ms; baseline words only p50 ${result.baselineLexicalP50Ms} ms, p95 ${result.baselineLexicalP95Ms} ms`,
);
console.log(JSON.stringify(result));
