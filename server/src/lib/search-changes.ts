import { Schema, model } from 'mongoose';
import { isDuplicateKey } from './insert-once';
import type { Job } from './jobs';

/**
 * The change sequence that every process's in-memory index follows: an entry per batch of
 * changed documents, numbered 1, 2, 3… without gaps. An entry is written only once the number
 * before it exists (the unique `_id` decides between processes racing for the next one), so a
 * reader that has applied entry n has seen every change logged up to it, whichever process wrote
 * it. Entries name documents, not their content: a reader fetches them as they are now.
 *
 * Readers ask for the next numbers by `_id` (`$in`), never for a range: the embedded database
 * uses its `_id` index for equality and `$in` only. Entry 0 is no change: it says from which
 * number on entries are kept, so that a reader can tell it fell behind from having nothing new.
 */
interface ChangeRecord {
  _id: number;
  /** the mongoose model whose documents changed */
  model: string;
  ids: string[];
  at: Date;
  /** entry 0 only: entries below this number were forgotten */
  keptFrom?: number;
}

const changeSchema = new Schema<ChangeRecord>(
  {
    _id: { type: Number },
    model: { type: String, required: true },
    ids: { type: [String], default: [] },
    at: { type: Date, required: true },
    keptFrom: { type: Number },
  },
  { versionKey: false },
);

const ChangeModel = model<ChangeRecord>('SearchChange', changeSchema, 'search_changes');

/** Long enough for any process to catch up; one further behind rebuilds its index. */
const RETAIN_MS = 24 * 60 * 60 * 1000;
const APPEND_TRIES = 50;
const KEPT_FROM = 0;

export interface LoggedChange {
  seq: number;
  model: string;
  ids: string[];
}

/** The number of the newest entry, 0 when there is none. */
export async function headOfChanges(): Promise<number> {
  const head = await ChangeModel.findOne({}, { _id: 1 }).sort({ _id: -1 }).lean();
  return head?._id ?? 0;
}

/** Logs that these documents of `modelName` changed; answers the entry's number. */
export async function logChange(modelName: string, ids: string[]): Promise<number> {
  for (let attempt = 0; attempt < APPEND_TRIES; attempt += 1) {
    const seq = (await headOfChanges()) + 1;
    try {
      await ChangeModel.create({ _id: seq, model: modelName, ids, at: new Date() });
      return seq;
    } catch (err) {
      // Another process took this number first: take the next one.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`could not log a change of ${modelName} after ${APPEND_TRIES} tries`);
}

/**
 * The entries after `seq`, oldest first, or `behind` when entries after `seq` are no longer
 * kept (the reader must rebuild).
 */
export async function changesAfter(seq: number, limit: number): Promise<LoggedChange[] | 'behind'> {
  const next = Array.from({ length: limit }, (_, i) => seq + 1 + i);
  const found = await ChangeModel.find({ _id: { $in: [KEPT_FROM, ...next] } }).lean<
    ChangeRecord[]
  >();
  const kept = found.find((entry) => entry._id === KEPT_FROM)?.keptFrom ?? 1;
  if (seq + 1 < kept) return 'behind';
  const byNumber = new Map(found.map((entry) => [entry._id, entry]));
  const entries: LoggedChange[] = [];
  // Numbers have no gaps: the first one missing is the end.
  for (let number = seq + 1; byNumber.has(number); number += 1) {
    const entry = byNumber.get(number) as ChangeRecord;
    entries.push({ seq: entry._id, model: entry.model, ids: entry.ids });
  }
  return entries;
}

/** Forgets entries older than a day, always keeping the newest: it holds the next number. */
export function changeLogJobs(everyMs: number): Job[] {
  return [
    {
      name: 'search.changes.trim',
      everyMs,
      // The wall clock, not the platform's: entries are stamped with it.
      run: async () => {
        const head = await headOfChanges();
        const old = await ChangeModel.find(
          { _id: { $gt: KEPT_FROM, $lt: head }, at: { $lt: new Date(Date.now() - RETAIN_MS) } },
          { _id: 1 },
        ).lean();
        if (old.length === 0) return;
        const keptFrom = Math.max(...old.map((entry) => entry._id)) + 1;
        // Said before the entries go, so that a reader never mistakes the gap for the end.
        await ChangeModel.updateOne(
          { _id: KEPT_FROM },
          { $max: { keptFrom }, $setOnInsert: { model: '', ids: [], at: new Date() } },
          { upsert: true },
        );
        await ChangeModel.deleteMany({ _id: { $gt: KEPT_FROM, $lt: keptFrom } });
      },
    },
  ];
}
