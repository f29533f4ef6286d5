/**
 * Demo-data batches for the modules' seed functions: every record is upserted by its natural key
 * with `$setOnInsert`, so a second run creates nothing and never overwrites later edits. Batched
 * with bulkWrite and free of transactions, which the test server does not have.
 */
import { mongo, type Model } from 'mongoose';
import { SKIP_OUTBOX, outboxWrites } from './search-outbox';

/** Called after each batch: `done` of `total` records are written. */
export type SeedProgress = (done: number, total: number) => void;

/** One record to insert unless a record matching `filter` (its natural key) exists. */
export interface SeedRecord {
  filter: Record<string, unknown>;
  doc: object;
}

/** The part of a mongoose model the batches need (a structural type, for any model). */
interface BulkWritable {
  modelName: string;
  bulkWrite(
    ops: object[],
    options: Record<string, unknown>,
  ): Promise<{ upsertedCount: number; upsertedIds: Record<number, unknown> }>;
}

const CHUNK = 500;

/**
 * Untouched records need no re-indexing, and inserted ones start pending through the search
 * outbox's defaults, so the batches skip the outbox's update hook.
 */
const bulkOptions = { ordered: false, timestamps: false, [SKIP_OUTBOX]: true };

/** Duplicate-key errors mean a concurrent seeder inserted the same natural key first: fine. */
function upsertedDespiteDuplicates(err: unknown): number {
  if (err instanceof mongo.MongoBulkWriteError) {
    const errors = [err.writeErrors].flat();
    if (errors.every((e) => e.code === 11000)) return err.result.upsertedCount;
  }
  throw err;
}

/** Inserts the records missing by their natural keys, in chunks; answers how many were inserted. */
export async function insertMissing(
  model: BulkWritable,
  records: SeedRecord[],
  progress: SeedProgress = () => undefined,
): Promise<number> {
  const ops = records.map(({ filter, doc }) => ({
    updateOne: { filter, update: { $setOnInsert: doc }, upsert: true },
  }));
  let created = 0;
  progress(0, ops.length);
  for (let start = 0; start < ops.length; start += CHUNK) {
    created += await model
      .bulkWrite(ops.slice(start, start + CHUNK), bulkOptions)
      .then((result) => {
        // The bulk write's own hook cannot name what it inserted: the statistics and indexers
        // hear of the new records here.
        const inserted = Object.values(result.upsertedIds).map(String);
        if (inserted.length) outboxWrites.emit(model.modelName, inserted);
        return result.upsertedCount;
      }, upsertedDespiteDuplicates);
    progress(Math.min(start + CHUNK, ops.length), ops.length);
  }
  return created;
}

/** Counts of `field` values over `values`, zero included, one countDocuments each. */
export async function countEach<T>(model: Model<T>, field: string, values: readonly string[]) {
  const counts = await Promise.all(values.map((value) => model.countDocuments({ [field]: value })));
  return Object.fromEntries(values.map((value, i) => [value, counts[i] ?? 0]));
}
