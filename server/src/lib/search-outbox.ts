import { EventEmitter } from 'node:events';
import type { Model, Schema } from 'mongoose';
import { logChange } from './search-changes';

/**
 * The search outbox, kept inside each document: every write marks the document pending and bumps
 * its version in the same single-document operation, so no write can be lost to the index even
 * without transactions. The indexer clears the mark only if the version is still the one it
 * indexed (see `markIndexed`).
 */
export interface SearchOutboxState {
  pending: boolean;
  version: number;
}

export const SKIP_OUTBOX = 'skipSearchOutbox';
/** The ids a delete is about to remove, kept on the query between its hooks. */
const DELETING = 'searchOutboxDeleting';

/**
 * Says, by model name, that documents were just marked pending, and which ones when the write
 * names them (`undefined` when it does not), so that indexers wake at once and read those
 * documents instead of scanning the collection for marks. Only a hint: the marks in the
 * documents stay the truth.
 */
export const outboxWrites = new EventEmitter().setMaxListeners(0);

export type WrittenIds = string[] | undefined;

/** The ids a filter names by `_id` (one, or `$in`), else undefined. */
function idsOfFilter(filter: Record<string, unknown> | undefined): WrittenIds {
  const id = filter?._id;
  if (id === undefined || id === null) return undefined;
  if (typeof id === 'object' && !('_bsontype' in id)) {
    const list = (id as { $in?: unknown[] }).$in;
    return Array.isArray(list) && Object.keys(id).length === 1 ? list.map(String) : undefined;
  }
  return [String(id)];
}

type UpdateDoc = Record<string, unknown> & {
  $set?: Record<string, unknown>;
  $inc?: Record<string, number>;
};

function markUpdate(update: UpdateDoc | undefined): void {
  if (!update || Array.isArray(update)) return;
  update.$set = { ...update.$set, 'search.pending': true };
  update.$inc = { ...update.$inc, 'search.version': 1 };
  delete update['search'];
}

function markInsert(doc: Record<string, unknown>): void {
  doc.search = { pending: true, version: 1 };
}

interface BulkOp {
  updateOne?: { update: UpdateDoc; upsert?: boolean };
  updateMany?: { update: UpdateDoc };
  replaceOne?: { replacement: Record<string, unknown> };
}

export function searchOutboxPlugin(schema: Schema): void {
  // New documents start pending through these defaults (create, insertMany, bulk inserts).
  schema.add({
    search: {
      pending: { type: Boolean, default: true },
      version: { type: Number, default: 1 },
    },
  });
  // Redundant for MongoDB, but the embedded server uses only unique indexes, and only for
  // queries on exactly their keys: without it, each conditional clear of a mark (by id and
  // version) scans the collection, which at 100,000 experts stalls the indexer.
  schema.index({ _id: 1, 'search.version': 1 }, { unique: true });
  schema.pre('save', function () {
    if (this.isNew) return;
    this.set('search.pending', true);
    this.set('search.version', ((this.get('search.version') as number | undefined) ?? 0) + 1);
  });
  schema.pre(['updateOne', 'updateMany', 'findOneAndUpdate'], function () {
    if (this.getOptions()[SKIP_OUTBOX]) return;
    markUpdate(this.getUpdate() as UpdateDoc);
  });
  schema.post('save', function () {
    outboxWrites.emit((this.constructor as Model<unknown>).modelName, [String(this._id)]);
  });
  schema.post(['updateOne', 'updateMany', 'findOneAndUpdate'], function (result: unknown) {
    if (this.getOptions()[SKIP_OUTBOX]) return;
    const found = (result as { _id?: unknown } | null)?._id;
    outboxWrites.emit(
      this.model.modelName,
      found !== undefined ? [String(found)] : idsOfFilter(this.getFilter()),
    );
  });
  schema.post('insertMany', function (docs: unknown) {
    const ids = (docs as Array<{ _id?: unknown }>).map((doc) => doc._id);
    outboxWrites.emit(
      this.modelName,
      ids.every((id) => id !== undefined) ? ids.map(String) : undefined,
    );
  });
  // Its hook is not told the operations: the indexer looks for the marks itself.
  schema.post('bulkWrite', function () {
    outboxWrites.emit(this.modelName, undefined);
  });
  // A deleted document leaves no mark to drain: its id goes straight into the change sequence,
  // so that every process's own index drops it too.
  schema.pre(['deleteOne', 'deleteMany', 'findOneAndDelete'], async function () {
    const found = await this.model.find(this.getFilter(), { _id: 1 }).lean();
    this.setOptions({ [DELETING]: found.map((doc) => String(doc._id)) });
  });
  schema.post(['deleteOne', 'deleteMany', 'findOneAndDelete'], async function () {
    const ids = this.getOptions()[DELETING] as string[] | undefined;
    if (!ids?.length) return;
    await logChange(this.model.modelName, ids);
    outboxWrites.emit(this.model.modelName, []);
  });
  schema.pre('bulkWrite', function (ops, options) {
    if ((options as Record<string, unknown> | undefined)?.[SKIP_OUTBOX]) return;
    for (const op of ops as BulkOp[]) {
      if (op.updateOne) markUpdate(op.updateOne.update);
      else if (op.updateMany) markUpdate(op.updateMany.update);
      else if (op.replaceOne) markInsert(op.replaceOne.replacement);
    }
  });
}
