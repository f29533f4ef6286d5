import {
  currentVocabulary,
  learnVocabulary,
  useVocabulary,
  Vocabulary,
  type LearningDoc,
} from '../../lib/vocabulary';
import type { Logger } from '../../lib/logger';
import { expertLearningDocs } from '../experts';
import { needLearningDocs } from '../needs';
import { VocabularyModel, type VocabularyRecord } from './vocabulary.model';

const KEY = 'skills';

async function* learningDocs(): AsyncGenerator<LearningDoc> {
  yield* expertLearningDocs();
  yield* needLearningDocs();
}

/**
 * Learns the vocabulary from the database (verified experts, needs with required skills), uses
 * it in this process and stores it for the others.
 */
export async function rebuildVocabulary(): Promise<Vocabulary> {
  const vocabulary = await learnVocabulary(learningDocs());
  const entries = vocabulary.entries();
  await VocabularyModel.replaceOne(
    { _id: KEY },
    {
      _id: KEY,
      builtAt: vocabulary.stats.builtAt,
      buildMs: vocabulary.stats.buildMs,
      documents: vocabulary.stats.documents,
      terms: entries.map(([term]) => term),
      skills: entries.map(([, skill]) => skill),
      weights: entries.map(([, , weight]) => weight),
    },
    { upsert: true },
  );
  useVocabulary(vocabulary);
  return vocabulary;
}

/** Loads the stored vocabulary when another process (or `npm run reindex`) built a newer one. */
export async function refreshVocabulary(): Promise<boolean> {
  const stored = await VocabularyModel.findById(KEY, { builtAt: 1 }).lean();
  if (!stored || stored.builtAt <= currentVocabulary().stats.builtAt) return false;
  const record = await VocabularyModel.findById(KEY).lean<VocabularyRecord>();
  if (!record) return false;
  useVocabulary(
    Vocabulary.fromEntries(
      record.terms.map((term, i) => [term, record.skills[i] ?? '', record.weights[i] ?? 0]),
      { documents: record.documents, builtAt: record.builtAt, buildMs: record.buildMs },
    ),
  );
  return true;
}

/** Rebuilds at start, then picks up vocabularies other processes store; `stop()` ends the polling. */
export async function startVocabulary(
  logger: Logger,
  refreshMs = 5_000,
): Promise<{ stop(): void }> {
  const built = await rebuildVocabulary();
  logger.info(
    { terms: built.stats.terms, documents: built.stats.documents, ms: built.stats.buildMs },
    'skill vocabulary learned',
  );
  const timer = setInterval(() => {
    refreshVocabulary().catch((err: unknown) =>
      logger.warn({ err }, 'skill vocabulary refresh failed'),
    );
  }, refreshMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
