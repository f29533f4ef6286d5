import { setTimeout as sleep } from 'node:timers/promises';
import type { ExpertDoc, SearchEngine } from '../../lib/search';
import { SKIP_OUTBOX } from '../../lib/search-outbox';
import type { Logger } from '../../lib/logger';
import { ExpertModel, type ExpertRecord } from './expert.model';

const BATCH = 500;
const IDLE_MS = 500;
const MAX_BACKOFF_MS = 30_000;

export function toExpertDoc(expert: ExpertRecord): ExpertDoc {
  return {
    id: expert._id.toString(),
    name: expert.name,
    title: expert.title,
    organization: expert.organization,
    ...(expert.organizationId ? { organizationId: expert.organizationId.toString() } : {}),
    city: expert.city,
    pool: expert.pool ?? 'other',
    skills: expert.skills,
    sectors: expert.sectors,
    bio: expert.bio,
    yearsOfExperience: expert.yearsOfExperience,
    availability: expert.availability,
    verified: expert.verification.status === 'verified',
    rating: expert.rating.average,
    responseRate: expert.stats.responseRate,
    activeCollaborations: expert.activeCollaborations,
    updatedAt: expert.updatedAt.getTime(),
  };
}

type Indexed = ExpertRecord & { search?: { version: number } };

/** Clears the outbox mark of each document unless it was written again since it was read. */
async function markIndexed(experts: Indexed[]): Promise<void> {
  await ExpertModel.bulkWrite(
    experts.map((expert) => ({
      updateOne: {
        filter: { _id: expert._id, 'search.version': expert.search?.version ?? 1 },
        update: { $set: { 'search.pending': false } },
      },
    })),
    { [SKIP_OUTBOX]: true } as Record<string, unknown>,
  );
}

/**
 * Applies the experts' outbox to the search engine: a loop that drains pending documents, retries
 * with exponential backoff while the engine fails, and never blocks the writes that fill it.
 */
export class ExpertIndexer {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;

  constructor(
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
  ) {}

  /** Applies pending changes once; answers how many documents were indexed. */
  async drainOnce(): Promise<number> {
    const pending = await ExpertModel.find({ 'search.pending': true })
      .limit(BATCH)
      .lean<Indexed[]>();
    if (pending.length === 0) return 0;
    await this.engine.upsertExperts(pending.map(toExpertDoc));
    await markIndexed(pending);
    return pending.length;
  }

  /** Drains until nothing is pending (for commands and tests). */
  async drain(): Promise<void> {
    while ((await this.drainOnce()) > 0);
  }

  /** Rebuilds the whole index from MongoDB, the source of truth. */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    const total = await ExpertModel.estimatedDocumentCount();
    await this.engine.clear();
    let done = 0;
    let batch: Indexed[] = [];
    const flush = async () => {
      await this.engine.upsertExperts(batch.map(toExpertDoc));
      await markIndexed(batch);
      done += batch.length;
      batch = [];
      onProgress?.(done, total);
    };
    for await (const expert of ExpertModel.find().sort({ _id: 1 }).lean<Indexed[]>().cursor()) {
      batch.push(expert as Indexed);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    onProgress?.(done, total);
    return done;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Nudges the loop after a write so the index follows within milliseconds. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delay = IDLE_MS;
      try {
        const indexed = await this.drainOnce();
        if (this.failures > 0)
          this.logger.info({ after: this.failures }, 'search index reachable again');
        this.failures = 0;
        if (indexed > 0) delay = 0;
      } catch (err) {
        this.failures += 1;
        delay = Math.min(MAX_BACKOFF_MS, IDLE_MS * 2 ** this.failures);
        this.logger.warn(
          { err, failures: this.failures, retryInMs: delay },
          'search indexing failed; will retry',
        );
      }
      if (delay > 0 && this.running) await this.pause(delay);
    }
  }

  private pause(ms: number): Promise<void> {
    const controller = new AbortController();
    this.wake = () => controller.abort();
    return sleep(ms, undefined, { signal: controller.signal })
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.wake = undefined;
      });
  }
}
