import { setTimeout as sleep } from 'node:timers/promises';
import type { Model, QueryFilter, Types } from 'mongoose';
import type { Logger } from './logger';
import type { SearchIndexName } from './search';
import { changesAfter, headOfChanges, logChange } from './search-changes';
import { outboxWrites, type WrittenIds } from './search-outbox';

const BATCH = 500;
/** Entries of the change sequence read at once; each names up to a batch of documents. */
const FOLLOW_ENTRIES = 50;
/** Writes wake the loop at once; the poll follows the change sequence other processes write. */
const IDLE_MS = 500;
/**
 * How often the collection is scanned for marks no write of this process named: left by a
 * script or by a process that stopped before indexing them. The embedded database has no index
 * such a scan could use, and it holds the collection while it reads every document.
 */
const SWEEP_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

export interface IndexerOptions {
  /** how long the loop sleeps when nothing is pending, default 500 ms */
  idleMs?: number;
}

/** Where one collection's outbox goes: its index in the engine, and how a record is written there. */
export interface OutboxTarget<TRecord, TDoc> extends IndexerOptions {
  index: SearchIndexName;
  /** the collection, with `searchOutboxPlugin` applied */
  model: Model<TRecord>;
  toDoc(record: TRecord): TDoc;
  upsert(docs: TDoc[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  clear(): Promise<void>;
  /**
   * Whether every process writes to one index (Meilisearch), or each keeps its own in memory
   * (embedded) and so must follow every change, whichever process made it.
   */
  shared: boolean;
}

type Indexed<TRecord> = TRecord & {
  _id: Types.ObjectId;
  search?: { pending: boolean; version: number };
};

/**
 * Applies a collection's search outbox to its index: a loop that drains pending documents,
 * retries with exponential backoff while the engine fails, and never blocks the writes that fill
 * it. The database stays the truth: `rebuild` recreates the index from it.
 *
 * A shared index receives the pending documents themselves. A process's own index cannot: the
 * process that clears a mark would be the only one to see the change. There the drain logs the
 * pending documents in the change sequence (`search-changes.ts`) before clearing their marks, and
 * every process follows that sequence from where its index stands, fetching what it names.
 */
export class OutboxIndexer<TRecord extends { _id: Types.ObjectId }, TDoc> {
  private running = false;
  /** set by `stop`: a sweep through many marks ends early and is taken up again at the next start */
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private failures = 0;
  /** set by writes in this process, so one made during a drain is not left to the next poll */
  private dirty = false;
  /** the last entry of the change sequence this process's index holds (unshared indexes) */
  private cursor = 0;
  /** the pass running now, which the next one waits for */
  private pass: Promise<number> | undefined;
  /** documents written in this process since they were last read: where their marks are */
  private readonly written = new Set<string>();
  /** when marks may exist that no write named: at start, after failures and unnamed writes */
  private sweepDue = true;
  private lastSweep = 0;
  /** entries this process logged for documents its index already held as logged (rebuilds) */
  private readonly applied = new Set<number>();
  /** A write wakes the loop, except while it backs off from a failing engine. */
  private readonly onWrite = (ids: WrittenIds) => {
    if (ids) ids.forEach((id) => this.written.add(id));
    else this.sweepDue = true;
    this.dirty = true;
    if (this.failures === 0) this.wake?.();
  };

  constructor(
    private readonly target: OutboxTarget<TRecord, TDoc>,
    private readonly logger: Logger,
  ) {}

  get index(): SearchIndexName {
    return this.target.index;
  }

  /** Applies pending changes once; answers how many documents and entries it handled. */
  /**
   * One pass at a time: a pass that took documents from `written` must finish before another
   * (or `drain`) concludes that nothing is pending.
   */
  drainOnce(): Promise<number> {
    const pass = (this.pass ?? Promise.resolve(0)).catch(() => 0).then(() => this.drainPass());
    this.pass = pass;
    return pass;
  }

  private async drainPass(): Promise<number> {
    this.dirty = false;
    const { target } = this;
    let handled = 0;
    try {
      if (this.sweepDue || Date.now() - this.lastSweep >= SWEEP_MS) handled = await this.sweep();
      else handled = await this.apply(await this.writtenPending());
    } catch (err) {
      // The marks stay the truth: whatever this pass took from `written` is found by a sweep.
      this.sweepDue = true;
      throw err;
    }
    return handled + (target.shared ? 0 : await this.follow());
  }

  /** The documents this process wrote, as they are now, those still marked pending. */
  private async writtenPending(): Promise<Indexed<TRecord>[]> {
    const ids = [...this.written].slice(0, BATCH);
    if (ids.length === 0) return [];
    ids.forEach((id) => this.written.delete(id));
    // By `_id` alone: the embedded database uses an index only for a query on exactly its keys.
    const records = await this.target.model
      .find({ _id: { $in: ids } } as QueryFilter<TRecord>)
      .lean<Indexed<TRecord>[]>();
    return records.filter((record) => record.search?.pending);
  }

  /** Every marked document, read in one pass over the collection and applied in batches. */
  private async sweep(): Promise<number> {
    this.sweepDue = false;
    this.lastSweep = Date.now();
    let handled = 0;
    let batch: Indexed<TRecord>[] = [];
    const cursor = this.target.model
      .find({ 'search.pending': true } as QueryFilter<TRecord>)
      .batchSize(BATCH)
      .lean<Indexed<TRecord>[]>()
      .cursor();
    for await (const record of cursor) {
      if (this.stopping) {
        this.sweepDue = true;
        await cursor.close();
        return handled;
      }
      batch.push(record as Indexed<TRecord>);
      if (batch.length >= BATCH) {
        handled += await this.apply(batch);
        batch = [];
      }
    }
    return handled + (await this.apply(batch));
  }

  /** Indexes marked documents (or logs them for every process's index), then clears their marks. */
  private async apply(pending: Indexed<TRecord>[]): Promise<number> {
    const { target } = this;
    if (pending.length === 0) return 0;
    if (target.shared) await target.upsert(pending.map((record) => target.toDoc(record)));
    else {
      const ids = pending.map((record) => record._id.toString());
      const seq = await logChange(target.model.modelName, ids);
      // This process's index holds them before their marks go: searches here treat a
      // pending document as one the index may miss.
      while (this.cursor < seq) if ((await this.follow()) === 0) break;
    }
    await this.markIndexed(pending);
    return pending.length;
  }

  /** Applies the change sequence after the cursor to this process's index. */
  private async follow(): Promise<number> {
    const { target } = this;
    const changes = await changesAfter(this.cursor, FOLLOW_ENTRIES);
    if (changes === 'behind') {
      this.logger.warn({ index: this.index }, 'search index too far behind; rebuilding');
      return this.rebuild();
    }
    const ids = new Set<string>();
    let upTo = this.cursor;
    for (const change of changes) {
      if (ids.size >= BATCH) break;
      const ours = change.model === target.model.modelName && !this.applied.delete(change.seq);
      if (ours) change.ids.forEach((id) => ids.add(id));
      upTo = change.seq;
    }
    if (ids.size > 0) {
      const records = await target.model
        .find({ _id: { $in: [...ids] } } as QueryFilter<TRecord>)
        .lean<Indexed<TRecord>[]>();
      if (records.length) await target.upsert(records.map((record) => target.toDoc(record)));
      for (const record of records) ids.delete(record._id.toString());
      // Named but gone: deleted since.
      if (ids.size) await target.remove([...ids]);
    }
    const followed = upTo - this.cursor;
    this.cursor = upTo;
    return followed;
  }

  /** Drains until nothing is pending (for commands and tests). */
  async drain(): Promise<void> {
    while ((await this.drainOnce()) > 0 || this.written.size > 0);
  }

  /** Rebuilds the whole index from MongoDB, the source of truth. */
  async rebuild(onProgress?: (done: number, total: number) => void): Promise<number> {
    const { model, shared } = this.target;
    // Read first: every change logged up to here is in what the scan below reads.
    const head = shared ? 0 : await headOfChanges();
    const total = await model.estimatedDocumentCount();
    this.applied.clear();
    await this.target.clear();
    let done = 0;
    let batch: Indexed<TRecord>[] = [];
    const flush = async () => {
      await this.target.upsert(batch.map((record) => this.target.toDoc(record)));
      // Other processes' indexes still need the changes pending marks stand for: logged for
      // them, an entry this index need not follow again.
      const pending = batch.filter((record) => record.search?.pending);
      if (pending.length && !shared) {
        const ids = pending.map((record) => record._id.toString());
        this.applied.add(await logChange(model.modelName, ids));
      }
      if (pending.length) await this.markIndexed(pending);
      done += batch.length;
      batch = [];
      onProgress?.(done, total);
    };
    for await (const record of model.find().sort({ _id: 1 }).lean<Indexed<TRecord>[]>().cursor()) {
      batch.push(record as Indexed<TRecord>);
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    onProgress?.(done, total);
    if (!shared) this.cursor = head;
    return done;
  }

  /**
   * Marks every document pending, so the running loop fills the index in the background: how an
   * index kept outside the process catches up when it is found empty (new deployment, wiped
   * server, or a collection indexed for the first time). Timestamps are left alone.
   */
  async queueAll(): Promise<number> {
    const result = await this.target.model.updateMany(
      {},
      { $set: { 'search.pending': true } },
      { timestamps: false },
    );
    return result.modifiedCount;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    outboxWrites.on(this.target.model.modelName, this.onWrite);
    this.loop = this.run();
  }

  /** Wakes the loop now, even from a backoff (after an engine outage, say). */
  notify(): void {
    this.dirty = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    outboxWrites.off(this.target.model.modelName, this.onWrite);
    this.wake?.();
    await this.loop;
  }

  /**
   * Clears the outbox mark of each document unless it was written again since it was read.
   * Through the driver: indexing is not an edit, so no timestamps and no outbox hooks.
   */
  private async markIndexed(records: Indexed<TRecord>[]): Promise<void> {
    await this.target.model.collection.bulkWrite(
      records.map((record) => ({
        updateOne: {
          filter: { _id: record._id, 'search.version': record.search?.version ?? 1 },
          update: { $set: { 'search.pending': false } },
        },
      })),
      { ordered: false },
    );
  }

  private async run(): Promise<void> {
    const { index } = this;
    while (this.running) {
      let delay = this.target.idleMs ?? IDLE_MS;
      try {
        const indexed = await this.drainOnce();
        if (this.failures > 0)
          this.logger.info({ index, after: this.failures }, 'search index reachable again');
        this.failures = 0;
        if (indexed > 0 || this.dirty) delay = 0;
      } catch (err) {
        this.failures += 1;
        delay = Math.min(MAX_BACKOFF_MS, IDLE_MS * 2 ** this.failures);
        this.logger.warn(
          { err, index, failures: this.failures, retryInMs: delay },
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
