import { createHash } from 'node:crypto';
import { problemGlossary } from '@qs/shared/glossary';
import {
  currentVocabulary,
  learnVocabulary,
  useVocabulary,
  Vocabulary,
  type LearningDoc,
} from '../../lib/vocabulary';
import type { Job } from '../../lib/jobs';
import type { Logger } from '../../lib/logger';
import { loadSemantic } from '../../lib/semantic';
import { expertLearningDocs, expertsVersion } from '../experts';
import { needLearningDocs, needsVersion } from '../needs';
import { VocabularyModel, type VocabularyRecord } from './vocabulary.model';

const KEY = 'skills';
/** An edited glossary (a deployment of a new version) is a changed corpus. */
const GLOSSARY_VERSION = createHash('sha256')
  .update(JSON.stringify(problemGlossary))
  .digest('hex')
  .slice(0, 12);

async function* learningDocs(): AsyncGenerator<LearningDoc> {
  yield* expertLearningDocs();
  yield* needLearningDocs();
}

/**
 * Learns the vocabulary from the database (verified experts, needs with required skills) and the
 * taxonomy's problem glossary, uses it in this process and stores it for the others.
 */
export async function rebuildVocabulary(): Promise<Vocabulary> {
  // Taken before reading: a write during learning leaves the version moved, so it is learned next time.
  const corpusVersion = await currentCorpusVersion();
  const vocabulary = await learnVocabulary(learningDocs(), problemGlossary);
  const entries = vocabulary.entries();
  await VocabularyModel.replaceOne(
    { _id: KEY },
    {
      _id: KEY,
      builtAt: vocabulary.stats.builtAt,
      buildMs: vocabulary.stats.buildMs,
      documents: vocabulary.stats.documents,
      corpusVersion,
      terms: entries.map(([term]) => term),
      skills: entries.map(([, skill]) => skill),
      weights: entries.map(([, , weight]) => weight),
    },
    { upsert: true },
  );
  useVocabulary(vocabulary);
  return vocabulary;
}

function use(record: VocabularyRecord): void {
  useVocabulary(
    Vocabulary.fromEntries(
      record.terms.map((term, i) => [term, record.skills[i] ?? '', record.weights[i] ?? 0]),
      { documents: record.documents, builtAt: record.builtAt, buildMs: record.buildMs },
    ),
  );
}

/** Loads the stored vocabulary when another process (or `npm run reindex`) built a newer one. */
export async function refreshVocabulary(): Promise<boolean> {
  const stored = await VocabularyModel.findById(KEY, { builtAt: 1 }).lean();
  if (!stored || stored.builtAt <= currentVocabulary().stats.builtAt) return false;
  const record = await VocabularyModel.findById(KEY).lean<VocabularyRecord>();
  if (!record) return false;
  use(record);
  return true;
}

async function currentCorpusVersion(): Promise<string> {
  const [experts, needs] = await Promise.all([expertsVersion(), needsVersion()]);
  return `${experts}/${needs}/${GLOSSARY_VERSION}`;
}

/**
 * Whether experts, needs or the glossary changed since the stored vocabulary was learned (or none
 * is stored).
 */
async function isStale(): Promise<boolean> {
  const [stored, version] = await Promise.all([
    VocabularyModel.findById(KEY, { corpusVersion: 1 }).lean(),
    currentCorpusVersion(),
  ]);
  return !stored || stored.corpusVersion !== version;
}

let relearning: Promise<Vocabulary | undefined> | undefined;

/**
 * Learns the vocabulary again when experts or needs changed since it was learned; a call made
 * while this process is learning waits for that learning rather than starting another.
 * Resolves to the new vocabulary, or undefined when nothing had changed.
 */
export function relearnVocabularyIfStale(): Promise<Vocabulary | undefined> {
  relearning ??= (async () => ((await isStale()) ? rebuildVocabulary() : undefined))().finally(
    () => {
      relearning = undefined;
    },
  );
  return relearning;
}

/**
 * Relearns once experts or needs changed (a profile saved, a verification), at most once per
 * interval and in one process; the others load what it stores. An import relearns at once.
 */
export function vocabularyJobs(everyMs: number, logger: Logger): Job[] {
  return [
    {
      name: 'vocabulary.relearn',
      everyMs,
      run: async () => {
        const relearned = await relearnVocabularyIfStale();
        if (!relearned) return;
        const { stats } = relearned;
        logger.info(
          { terms: stats.terms, documents: stats.documents, ms: stats.buildMs },
          'skill vocabulary relearned',
        );
      },
    },
  ];
}

/**
 * Uses the stored vocabulary when nothing changed since it was learned, else learns it; then
 * picks up vocabularies other processes store. `stop()` ends the polling.
 */
export async function startVocabulary(
  logger: Logger,
  refreshMs = 5_000,
): Promise<{ stop(): void }> {
  const stored = (await isStale())
    ? undefined
    : await VocabularyModel.findById(KEY).lean<VocabularyRecord>();
  if (stored) {
    use(stored);
    logger.info(
      { terms: stored.terms.length, documents: stored.documents },
      'skill vocabulary loaded',
    );
  } else {
    const { stats } = await rebuildVocabulary();
    logger.info(
      { terms: stats.terms, documents: stats.documents, ms: stats.buildMs },
      'skill vocabulary learned',
    );
  }
  // Loaded while the platform starts serving; the first need read waits for it if it must.
  void loadSemantic(logger);
  const timer = setInterval(() => {
    refreshVocabulary().catch((err: unknown) =>
      logger.warn({ err }, 'skill vocabulary refresh failed'),
    );
  }, refreshMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
